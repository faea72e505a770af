// conformance mode=record
function* count(n) {
  let i = 0;
  while (i < n) {
    yield i + 1;
    i += 1;
  }
}
function drain() {
  const g = count(2);
  let total = 0;
  while (true) {
    const v = g.next().value;
    if (v === undefined) break;
    total += v;
  }
  return total;
}
drain();
