function work(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const sq = i * i;
    sum += sq;
  }
  return sum;
}

function main() {
  const a = work(6);
  const b = work(4);
  print(a, b);
  return a + b;
}
module.exports = { main };
