// conformance mode=back
class Closed extends Error {}
class Cursor {
  constructor(n, tag) {
    this.n = n; this.i = 0; this.tag = tag;
  }
  [Symbol.iterator]() {
    return this;
  }
  next() {
    this.i += 1;
    return { value: [this.i * this.n], done: false };
  }
  return() {
    note(this.tag);
    if (this.tag === 'bad') throw new Closed(this.tag);
    return { done: true };
  }
}
const seen = [];
function note(tag) {
  seen.push(tag);
}
function firstOver(cur, limit) {
  for (const [v] of cur) {
    if (v > limit) {
      return v;
    }
  }
}
function pairs(a, b) {
  let total = 0;
  outer: for (const [x] of a) {
    for (const [y] of b) {
      if (y > x) continue outer;
      total += x * y;
      if (total > 50) return total;
    }
  }
}
function guarded(cur) {
  try {
    for (const [v] of cur) {
      if (v > 2) break;
    }
  } catch (e) {
    note('caught');
  }
  return cur.i;
}
function head2(cur) {
  const [[a], [b]] = cur;
  return a + b;
}
function main() {
  const r1 = firstOver(new Cursor(2, 'f'), 5);
  const r2 = pairs(new Cursor(3, 'A'), new Cursor(1, 'B'));
  const r3 = guarded(new Cursor(1, 'bad'));
  const r4 = head2(new Cursor(5, 'h'));
  return seen.join(',') + '=' + String(r1 + r2 + r3 + r4);
}
main();
