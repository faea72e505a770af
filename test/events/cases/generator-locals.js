// conformance mode=locals
function* squares(n) {
  let i = 0;
  while (i < n) {
    const sq = i * i;
    yield sq;
    i += 1;
  }
}
function main() {
  const g = squares(2);
  const first = g.next().value;
  const second = g.next().value;
  g.next();
  return first + second;
}
main();
