// conformance mode=locals
class Fail extends Error {}
function* part(n) {
  const base = n * 10;
  yield base;
  if (n % 2 === 1) throw new Fail('odd');
  yield base + 1;
  return base + 2;
}
function* whole(limit) {
  let n = 0;
  let acc = 0;
  while (n < limit) {
    n += 1;
    try {
      const r = yield* part(n);
      acc += r;
    } catch (e) {
      const lost = n;
      acc -= lost;
    }
  }
  return acc;
}
function main() {
  let s = 0;
  for (const v of whole(3)) {
    s += v;
  }
  return s;
}
main();
