// conformance mode=locals
function weigh(v) {
  return (v < 0 ? -v : v) % 7;
}
function scan(items) {
  let total = 0;
  let k = 0;
  while (k < items.length) {
    const item = items[k]; k += 1;
    try {
      const half = weigh(item);
      if (item < 0) continue;
      if (item > 50) break;
      total += half;
    } finally {
      const seen = k * 100;
      total += seen;
    }
  }
  return total;
}
function main() {
  let r = scan([3, -1, 9, 60, 4]);
  r += scan([-2, -3]);
  return r;
}
main();
