// conformance mode=record
class Bad extends Error {}
function* counter(limit) {
  try {
    for (let i = 0; i < limit; i++) {
      yield i;
    }
  } finally {
    limit = 0;
  }
}
function* failing() {
  yield 1;
  throw new Bad('x');
}
function main() {
  const a = counter(3);
  a.return();
  a.next();
  const b = failing();
  b.next();
  try {
    b.next();
  } catch (e) {
    b.next();
  }
  b.next();
  b.return();
  return a.next().done;
}
main();
