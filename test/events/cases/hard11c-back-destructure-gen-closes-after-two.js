// conformance mode=back
function* pair(a, b) {
  try {
    yield scale(a);
    yield scale(b);
  } finally {
    tidy(a + b);
  }
}
function* bare(a) {
  yield a;
  yield scale(a);
}
function* one(a) {
  yield a;
}
function scale(v) {
  return v * 3;
}
function tidy(n) {
  return n - 1;
}
function dflt(a) {
  return a + 100;
}
function take(a, b) {
  const [x, y] = pair(a, b);
  const [p, q] = bare(x);
  return x + y + p + q;
}
function main() {
  const t = take(1, 2);
  const [s, u = dflt(s)] = one(t);
  const [[m], n] = [[...bare(4)], take(5, 6)];
  return t + s + u + m + n;
}
main();
