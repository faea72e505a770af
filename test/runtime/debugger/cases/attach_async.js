async function load(k) {
  await null;
  return k + 1;
}

async function main() {
  let total = 0;
  breakpoint();
  total += await load(1);
  total += await load(2);
  total += 5;
  print(total);
  return total;
}
module.exports = { main };
