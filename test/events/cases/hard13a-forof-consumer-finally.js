// conformance mode=record
function* gen() {
  yield 1;
  throw new Error('bad');
}
function consume() {
  let t = 0;
  try {
    for (const v of gen()) t += v;
  } finally {
    t = -t;
  }
  return t;
}
function main() {
  try {
    consume();
  } catch (e) {
    return 'caught';
  }
}
main();
