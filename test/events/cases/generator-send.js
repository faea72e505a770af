// conformance mode=record
function* accumulate() {
  let total = 0;
  while (true) {
    const x = yield total;
    if (x === undefined) {
      return total;
    }
    total += x;
  }
}
function main() {
  const g = accumulate();
  g.next();
  g.next(5);
  g.next(7);
  g.next();
}
main();
