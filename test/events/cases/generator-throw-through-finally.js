// conformance mode=record
function* gen() {
  let count = 0;
  try {
    yield 1;
    yield 2;
  } finally {
    count = -1;
  }
}
function main() {
  const g = gen();
  g.next();
  try {
    g.throw(new TypeError('stop'));
  } catch (e) {
    return 'stopped';
  }
}
main();
