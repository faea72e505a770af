// conformance mode=record
function* worker(n) {
  const a = yield n;
  yield a + 1;
}
function main() {
  const g = worker(1);
  g.next();
  try {
    g.throw(new Error('stop'));
  } catch (e) {
    return e.message;
  }
  return 'none';
}
main();
