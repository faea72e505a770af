function cmp(a, b) {
  if (a === 2) {
    breakpoint();
  }
  return a - b;
}

function main() {
  const xs = [3, 1, 2];
  xs.sort(cmp);
  const total = xs[0] * 100 + xs[2];
  print(xs, total);
  return total;
}
module.exports = { main };
