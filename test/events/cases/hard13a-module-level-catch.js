// conformance mode=record
function* gen() {
  yield 1;
  throw new Error('top');
}
let t = 0;
try {
  for (const v of gen()) t += v;
} catch (e) {
  t = -1;
}
t += 1;
