// conformance mode=record
function* gen() {
  yield 1;
  yield 2;
}
function main() {
  const g = gen();
  g.next();
  try {
    g.throw(new Error('stop'));
  } catch (e) {
    return 'stopped';
  }
}
main();
