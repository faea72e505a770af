// conformance mode=back
class BadItem extends Error {}
function parsePrice(text) {
  const n = Number(text);
  if (Number.isNaN(n)) throw new BadItem(text);
  return n;
}
function isCheap(p) {
  return p < 50;
}
function add(acc, p) {
  return acc + p;
}
function withTax(p) {
  return Math.floor(p * 11 / 10);
}
function total(items) {
  try {
    const prices = items.map(parsePrice);
    const cheap = prices.filter(isCheap).map(withTax);
    return cheap.reduce(add, 0);
  } catch (e) {
    return -1;
  }
}
function main() {
  const a = total(['10', '70', '20']);
  const b = total(['5', 'x', '7']);
  const c = total([]);
  return [a, b, c].map(String).join('/');
}
main();
