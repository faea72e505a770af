// conformance mode=locals
class TooDeep extends Error {}
function makeMemo(limit) {
  const cache = new Map();
  let hits = 0;
  let misses = 0;
  function ways(n) {
    if (cache.has(n)) {
      hits += 1;
      return cache.get(n);
    }
    misses += 1;
    if (n > limit) throw new TooDeep('limit ' + n);
    const v = n < 2 ? 1 : ways(n - 1) + ways(n - 2);
    cache.set(n, v);
    return v;
  }
  function stats() {
    return hits * 100 + misses;
  }
  return [ways, stats];
}
function main() {
  const [ways, stats] = makeMemo(6);
  let total = 0, n = 0;
  for (n of [4, 8, 6]) {
    try {
      total += ways(n);
    } catch (e) {
      const s = stats();
      total -= s;
    }
  }
  return total + stats();
}
main();
