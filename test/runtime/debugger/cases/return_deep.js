function fact(n) {
  if (n <= 1) {
    return 1;
  }
  const rest = fact(n - 1);
  return n * rest;
}

function main() {
  const x = fact(5);
  print(x);
  return x;
}
module.exports = { main };
