// conformance mode=record
function scan(items) {
  let total = 0;
  let i = 0;
  loop: while (true) {
    i += 1;
    if (i > items.length) break loop;
    if (items[i - 1] < 0) continue loop;
    total += items[i - 1];
  }
  return total;
}
scan([1, -2, 3]);
