// conformance mode=locals
class Halt extends Error {}
function check(v) {
  if (v > 2) {
    throw new Halt('h');
  }
  return v;
}
function walk(n) {
  let acc = 0;
  let i = 0;
  while (i < n) {
    const cur = i * 3;
    if (cur > 0) {
      const label = 'c' + String(cur);
      acc += check(cur) + label.length;
    }
    i += 1;
  }
  return acc;
}
function main() {
  let got = 0;
  try {
    got = walk(2);
    got += walk(3);
  } catch (e) {
    got = -got;
  }
  return got;
}
main();
