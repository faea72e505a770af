// conformance mode=locals
class Stop extends Error {}
function scan(xs) {
  let total = 0;
  let count = 0;
  function add(x) {
    if (x < 0) {
      throw new Stop('neg');
    }
    total += x; count += 1;
  }
  try {
    xs.forEach(add);
  } catch (e) {
    total = -total;
  }
  return total * 10 + count;
}
scan([1, 2, -3, 4]);
scan([5]);
