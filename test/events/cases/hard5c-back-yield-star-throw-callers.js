// conformance mode=back
class Halt extends Error {}
function mark(v) {
  return v;
}
function* inner() {
  try {
    yield 1;
  } finally {
    mark('inner');
  }
}
function* outer() {
  try {
    yield* inner();
  } catch (e) {
    mark('caught');
    yield 2;
  }
}
function first(g) {
  return g.next().value;
}
function stop(g) {
  return g.throw(new Halt('h')).value;
}
function finish(g) {
  return g.next().done;
}
function main() {
  const g = outer();
  let r = first(g);
  r += stop(g);
  finish(g);
  return r;
}
main();
