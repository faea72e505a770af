async function fetchValue(k) {
  const base = k * 2;
  await null;
  const doubled = base + 1;
  return doubled;
}

async function main() {
  let acc = 0;
  acc += await fetchValue(1);
  acc += await fetchValue(2);
  print(acc);
  return acc;
}
module.exports = { main };
