// conformance mode=locals
class Bad extends Error {}
class Range {
  constructor(lo, hi) {
    this.lo = lo; this.hi = hi;
  }
  *[Symbol.iterator]() {
    let i = this.lo;
    while (i < this.hi) {
      if (i === 13) throw new Bad('unlucky');
      yield i;
      i += 1;
    }
    return i;
  }
  toString() {
    const parts = [...this].map(String);
    return '[' + parts.join(' ') + ']';
  }
}
class Pair {
  constructor(a, b) {
    this.a = a; this.b = b;
  }
  toString() {
    return `${this.a}&${this.b}`;
  }
}
function show(x) {
  return `<${x}>`;
}
function total(r) {
  let s = 0, v;
  for (v of r) s += v;
  return s;
}
function main() {
  const good = new Pair(new Range(1, 4), new Range(5, 7));
  let text = show(good);
  let sum = total(good.a) + total(good.b);
  try {
    text += show(new Pair(new Range(2, 3), new Range(11, 15)));
  } catch (e) {
    sum = -sum;
  }
  return text + String(sum);
}
main();
