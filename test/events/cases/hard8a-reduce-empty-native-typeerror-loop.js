// conformance mode=record
class Skip extends Error {}
function add(acc, x) {
  if (x < 0) {
    throw new Skip('neg');
  }
  return acc + x;
}
function tally(n) {
  return n + 1;
}
function sumAll(groups) {
  let total = 0;
  let seen = 0;
  for (const g of groups) {
    try {
      total += g.reduce(add);
    } catch (e) {
      if (e instanceof Skip) {
        continue;
      }
      total -= 100;
    } finally {
      seen = tally(seen);
    }
  }
  return total * 10 + seen;
}
sumAll([[1, 2], [], [3, -1, 4], [5]]);
