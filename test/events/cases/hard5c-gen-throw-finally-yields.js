// conformance mode=record
class Stop extends Error {}
function note(x) {
  return x;
}
function* worker() {
  let i = 0;
  try {
    while (true) {
      yield i;
      i += 1;
    }
  } finally {
    note(i);
    yield -1;
    note(-i);
  }
}
function main() {
  const g = worker();
  g.next();
  g.next();
  const a = g.throw(new Stop('s')).value;
  let b = 0;
  try {
    g.next();
    b = 1;
  } catch (e) {
    b = 2;
  }
  g.next();
  g.next();
  return a + b;
}
main();
