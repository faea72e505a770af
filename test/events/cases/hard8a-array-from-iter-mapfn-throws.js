// conformance mode=record
class Stop extends Error {}
class Ticker {
  constructor(n) {
    this.n = n;
    this.i = 0;
  }
  [Symbol.iterator]() {
    return this;
  }
  next() {
    this.i += 1;
    return { value: [this.i * this.n], done: false };
  }
}
function scale(v) {
  if (v[0] > 6) {
    throw new Stop('big');
  }
  return v[0] + 1;
}
function note(n) {
  return n * 2;
}
function collect(n) {
  try {
    return Array.from(new Ticker(n), scale);
  } catch (e) {
    return [note(n)];
  } finally {
    note(-n);
  }
}
function main() {
  const a = collect(3);
  const b = collect(7);
  return a.length + b.length;
}
main();
