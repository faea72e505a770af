// conformance mode=locals
class Risky extends Error {}
class Unfixable extends Error {}
function risky(x) {
  if (x > 0) {
    throw new Risky('r');
  }
  return x;
}
function mapper(x) {
  let out = -1;
  try {
    out = risky(x);
  } catch (e) {
    const base = x * 100;
    function fix(k) {
      const lim = 2;
      if (k > lim) {
        throw new Unfixable('k');
      }
      return base + k;
    }
    out = fix(x);
  }
  return out;
}
function convert(xs) {
  return Array.from(xs, mapper);
}
function main() {
  let res = convert([0, 1, 2]).length;
  try {
    res += convert([1, 3]).length;
  } catch (e) {
    res += 100;
  }
  return res;
}
main();
