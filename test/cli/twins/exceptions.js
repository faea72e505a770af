function inner(n) {
  if (n > 2) {
    throw new Error(String(n)); }
  return n;
}
function middle(n) {
  try {
    return inner(n) * 2;
  } finally {
    n += 1; }
}
function outer(values) {
  let total = 0;
  for (const v of values) {
    try {
      total += middle(v);
    } catch (e) {
      total -= 100; } }
  return total;
}
function fact(n) {
  return n <= 1 ? 1 : n * fact(n - 1);
}
console.log(outer([1, 2, 3]), fact(4));
