// conformance mode=record
function* c() {
  yield 1;
}
function* b() {
  yield* c();
}
function* a() {
  yield* b();
}
function main() {
  const g = a();
  g.next();
  try {
    g.throw(new Error('deep'));
  } catch (e) {
    return 'c';
  }
}
main();
