// conformance mode=record
function* pair(bad) {
  yield 1;
  if (bad) throw new Error('half');
  yield 2;
}
function main() {
  let s = 0;
  try {
    const [a, b] = pair(true);
    s = a + b;
  } catch (e) {
    s = -1;
  }
  return s;
}
main();
