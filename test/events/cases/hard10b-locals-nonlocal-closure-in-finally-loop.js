// conformance mode=locals
class Full extends Error {}
function collector(cap) {
  let count = 0;
  let total = 0;
  function add(v) {
    count += 1;
    if (count > cap) throw new Full('cap');
    total += v;
  }
  function run(xs) {
    let i = 0;
    while (i < xs.length) {
      try {
        add(xs[i]);
      } finally {
        i += 1; total += 100;
      }
    }
    return i;
  }
  try {
    run([1, 2, 3]);
  } catch (e) {
    total = -total;
  }
  return count * 1000 + total;
}
collector(2); collector(5);
