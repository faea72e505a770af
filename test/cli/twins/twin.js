function square(x) {
  return x * x;
}
function classify(n) {
  if (n % 2 === 0) {
    var kind = "even";
  } else {
    kind = "odd";
  } return kind;
}
function main(limit) {
  let total = 0;
  for (let i = 0; i < limit; i++) {
    total += square(i);
    if (classify(i) === "odd") {
      total -= 1; } }
  while (total > 10) {
    total -= 7; }
  try {
    throw new Error(String(total));
  } catch (e) {
    total = -total; }
  if (total > 1000) {
    console.log("never"); }
  return total;
}
console.log("result:", main(5));
