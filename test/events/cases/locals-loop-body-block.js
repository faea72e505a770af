// conformance mode=locals
function tally(n) {
  let total = 0;
  let i = 0;
  while (i < n) {
    const sq = i * i;
    total += sq;
    i += 1;
  }
  return total;
}
tally(2);
