// The program the locals printer watches. `checkout` adds up some prices and takes off a
// discount; run untraced, checkout([3, 4, 5], 'NONE') is 12.

function checkout(prices, coupon) {
  let total = 0;
  for (const price of prices) {
    total += price;
  }
  let discount = coupon === 'HALF' ? total / 2 : 0;
  const due = total - discount;
  return due;
}

console.log('due:', checkout([3, 4, 5], 'NONE'));

module.exports = { checkout };
