// conformance mode=record
function* gen(n) {
  yield 1;
  if (n > 0) throw new Error('bad');
  yield 2;
}
function main() {
  let t = 0;
  try {
    for (const v of gen(1)) {
      t += v;
    }
  } catch (e) {
    t += 10;
  }
  for (const v of gen(0)) t += v;
  return t;
}
main();
