function* items() {
  let n = 0;
  while (n < 3) {
    if (n === 1) breakpoint();
    yield n;
    n += 1;
  }
}

function main() {
  const seen = [];
  for (const x of items()) {
    seen.push(x * 2);
  }
  print(seen);
  return seen;
}
module.exports = { main };
