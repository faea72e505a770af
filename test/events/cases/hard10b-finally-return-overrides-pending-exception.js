// conformance mode=record
class Bad extends Error {}
function risky(n) {
  if (n % 3 === 0) throw new Bad('three');
  return n * 2;
}
function guarded(n) {
  try {
    return risky(n);
  } finally {
    if (n > 4) {
      return -n;
    }
  }
}
function main() {
  let total = 0;
  for (const n of [1, 3, 5, 6, 9]) {
    try {
      total += guarded(n);
    } catch (e) {
      total += 100;
    }
  }
  return total;
}
main();
