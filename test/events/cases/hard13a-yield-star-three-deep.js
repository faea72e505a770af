// conformance mode=record
function* c() {
  yield 1;
  throw new Error('c');
}
function* b() {
  yield* c();
}
function* a() {
  try {
    yield* b();
  } catch (e) {
    return 7;
  }
}
function main() {
  const g = a();
  const r1 = g.next();
  const r2 = g.next().done;
  return r2 && r1.value;
}
main();
