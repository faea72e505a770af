// conformance mode=locals
function* acc(limit) {
  let total = 0;
  let label = 'a';
  let got = 0;
  while (total < limit) {
    got = yield total;
    if (got > 5) {
      label = label + 'b';
      total += got * 2;
    } else {
      const half = got + 1;
      total += half;
      label = label + String(half);
    }
  }
  return label;
}
function* wrap(limit) {
  const res = yield* acc(limit);
  yield res + '!';
}
function main() {
  const g = wrap(30);
  let r = g.next().value;
  r += g.next(3).value;
  r += g.next(10).value;
  r += g.next(2).value;
  const last = g.next(7).value;
  g.next();
  return last + String(r);
}
main();
