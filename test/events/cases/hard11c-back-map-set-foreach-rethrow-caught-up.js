// conformance mode=back
class Missing extends Error {}
const stock = new Map([['apple', 3], ['pear', 0], ['fig', 5]]);
function checkItem(name) {
  const n = stock.get(name);
  if (n === undefined) throw new Missing(name);
  return n;
}
function fill(qty, name) {
  total += checkItem(name) > 0 ? qty : 0;
}
let total = 0;
function place(order) {
  try {
    order.forEach(fill);
  } catch (e) {
    throw new Error('order:' + e.message);
  }
}
const failed = new Set();
function placeOne(order) {
  try {
    place(order);
  } catch (e) {
    failed.add(e.message);
  }
}
function restock(n, name) {
  if (n === 0) stock.set(name, count(name));
}
function count(name) {
  return name.length;
}
function main() {
  const orders = new Set([new Map([['apple', 1], ['fig', 2]]), new Map([['pear', 4], ['kiwi', 1], ['fig', 9]]), new Map([['nut', 1]])]);
  orders.forEach(placeOne);
  stock.forEach(restock);
  orders.forEach(placeOne);
  return String(total) + [...failed].join(',');
}
main();
