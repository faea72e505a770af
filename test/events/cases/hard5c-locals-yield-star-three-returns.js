// conformance mode=locals
function* leaf(n) {
  const a = yield n;
  const b = yield n + a;
  return a * b;
}
function* mid(n) {
  const r = yield* leaf(n);
  const s = yield* leaf(r);
  return r + s;
}
function* top() {
  let acc = 0;
  const r = yield* mid(1);
  acc += r;
  const q = yield* mid(acc);
  yield acc + q;
}
function main() {
  const g = top();
  let sent = 1;
  let got = g.next().value;
  while (sent < 9) {
    sent += 1;
    got = g.next(sent).value;
  }
  g.next();
  return got;
}
main();
