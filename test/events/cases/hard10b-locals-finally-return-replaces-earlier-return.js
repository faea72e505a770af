// conformance mode=locals
class Oops extends Error {}
function calc(x) {
  if (x < 0 || x > 50) throw new Oops('range');
  return x + 10;
}
function twice(x) {
  let acc = x;
  try {
    acc = calc(acc);
    return acc;
  } finally {
    const step = acc * 2;
    if (step > 30) return step;
    acc = step;
  }
}
function outer(xs) {
  let out = 0;
  let x = 0;
  for (x of xs) {
    try {
      out += twice(x);
    } catch (e) {
      out -= 1;
    }
  }
  return out + x;
}
outer([3, 12, -4, 60, 1]);
