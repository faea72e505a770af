function* counter(limit) {
  let i = 0;
  while (i < limit) {
    yield i * 10;
    i += 1;
  }
  return;
}

function main() {
  let total = 0;
  for (const v of counter(3)) {
    total += v;
  }
  print(total);
  return total;
}
module.exports = { main };
