// conformance mode=record
function sum_prices(prices) {
  let total = 0;
  for (const k in prices) {
    total += prices[k];
  }
  return total;
}
sum_prices({ apple: 3, pear: 4, fig: 5 });
sum_prices({});
