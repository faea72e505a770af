// conformance mode=locals
class Bad extends Error {}
function check(v) {
  if (v > 5) throw new Bad('big');
  return v;
}
function f(xs) {
  let acc = 0;
  for (const x of xs) {
    if (x > 0) {
      const dbl = x * 2;
      for (const y of [dbl, x]) {
        const z = check(y + acc);
        acc += z;
      }
      acc += 1;
    }
    acc -= 1;
  }
  return acc;
}
function main() {
  let r = f([0, 1]);
  try {
    r += f([1, 2]);
  } catch (e) {
    r -= 1;
  }
  return r;
}
main();
