// conformance mode=locals
function tw(v) {
  return v * 2;
}
function sel(n) {
  let x = n; let acc = 0;
  if (n === 1) { const x = tw(n); return x + 1; }
  if (n === 2) { const x = n + 5; acc = tw(x); }
  acc += tw(acc); const k = tw(acc); return k + x;
}
function* gen(n) {
  const a = yield n; const b = yield a + 1; let s = a + b;
  for (const v of [a, b]) { const w = v * 2; s += yield w; }
  yield s;
}
function main() {
  let r = sel(1) + sel(2) + sel(3);
  const g = gen(4); r += g.next().value;
  r += g.next(5).value; r += g.next(7).value; r += g.next(1).value;
  r += g.next(2).value; g.next();
  return r;
}
main();
