// conformance mode=locals
function* gen() {
  let count = 0;
  function inc(k) {

    count += k;
    return count;
  }
  let got = yield inc;
  while (got) {
    count *= 2;
    got = yield count;
  }
  yield count;
}
function main() {
  const g = gen();
  const inc = g.next().value;
  inc(5);
  let r = g.next(1).value;
  r += inc(3);
  r += g.next(0).value;
  inc(100);
  g.next();
  return r;
}
main();
