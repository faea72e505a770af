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
    note(this.tag, this.i);
    if (this.tag === 'bad') throw new Closed(this.tag);
    return { done: true };
  }
}
const seen = [];
function note(tag, i) {
  seen.push(tag + String(i));
}
function upTo(cur, limit) {
  let total = 0;
  for (const [v] of cur) {
    if (v > limit) break;
    total += v;
  }
  return total;
}
function nested(a, b) {
  let hits = 0;
  for (const [x] of a) {
    if (x > 6) break;
    for (const [y] of b) {
      if (y >= x) break;
      hits += 1;
    }
  }
  return hits;
}
function guarded(cur) {
  try {
    return upTo(cur, 2);
  } catch (e) {
    note('caught', cur.i);
  }
  return -cur.i;
}
function head2(cur) {
  const [[a], [b]] = cur;
  return a * 10 + b;
}
function main() {
  const r1 = upTo(new Cursor(2, 'u'), 5);
  const r2 = nested(new Cursor(3, 'A'), new Cursor(1, 'B'));
  const r3 = guarded(new Cursor(1, 'bad'));
  let r4 = 0;
  try {
    r4 = head2(new Cursor(5, 'h')) + head2(new Cursor(7, 'bad'));
  } catch (e) {
    r4 = -r4;
  }
  return seen.join(',') + '=' + String(r1 + r2 + r3 + r4);
}
main();
