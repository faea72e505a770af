// conformance mode=record
class Retry extends Error {}
function* worker() {
  try {
    yield 1;
  } catch (e) {
    yield 2;
  }
  yield 3;
}
function main() {
  const g = worker();
  let a = g.next().value;
  a += g.throw(new Retry('again')).value;
  a += g.next().value;
  g.next();
  return a;
}
main();
