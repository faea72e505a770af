function walk(n, acc) {
  if (n === 0) {
    breakpoint();
    return acc;
  }
  let got = walk(n - 1, acc + n);
  return got * 2;
}

function main() {
  const w = walk(4, 0);
  print(w);
  return w;
}
module.exports = { main };
