// conformance mode=locals
const memo = new Map();
let hits = 0;
function ways(n, coins) {
  const key = String(n) + ':' + String(coins.length);
  if (memo.has(key)) {
    hits += 1;
    return memo.get(key);
  }
  let total = 0;
  if (n === 0) {
    total = 1;
  } else if (n > 0 && coins.length > 0) {
    total = ways(n - coins[0], coins) + ways(n, coins.slice(1));
  }
  memo.set(key, total);
  return total;
}
function main() {
  const a = ways(6, [1, 2, 5]);
  const before = hits;
  const b = ways(6, [1, 2, 5]);
  return a * 100 + b + before;
}
main();
