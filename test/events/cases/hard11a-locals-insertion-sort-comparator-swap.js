// conformance mode=locals
function byLengthThenAlpha(a, b) {
  if (a.length !== b.length) return a.length - b.length;
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
function insertionSort(items, compare) {
  const a = items.slice();
  let swaps = 0;
  let i = 1;
  while (i < a.length) {
    let j = i;
    while (j > 0 && compare(a[j - 1], a[j]) > 0) {
      [a[j - 1], a[j]] = [a[j], a[j - 1]];
      swaps += 1;
      j -= 1;
    }
    i += 1;
  }
  return [a, swaps];
}
function dedupe(sorted) {
  const out = [];
  let last = null;
  for (const s of sorted) {
    if (s === last) continue;
    out.push(s);
    last = s;
  }
  return out;
}
function main() {
  const [sorted, swaps] = insertionSort(['pear', 'fig', 'apple', 'fig', 'kiwi'], byLengthThenAlpha);
  const unique = dedupe(sorted);
  return unique.join(',') + ' ' + String(swaps);
}
main();
