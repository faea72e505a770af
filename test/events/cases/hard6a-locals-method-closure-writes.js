// conformance mode=locals
class Overflow extends Error {}
function make(base, limit) {
  let count = 0;
  class Counter {
    inc(k) {
      count += k;
      if (count > limit) {
        throw new Overflow('over');
      }
      return this.total;
    }
    get total() {
      return base + count;
    }
  }
  const c = new Counter();
  let last = c.inc(2);
  try {
    last = c.inc(5);
  } catch (e) {
    last = -count;
  }
  return last;
}
make(10, 4);
