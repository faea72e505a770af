// conformance mode=back
class It {
  [Symbol.iterator]() {
    return this;
  }
  next() {
    return { value: [1], done: false };
  }
  return() {
    return {};
  }
}
function loops(a, b) {
  let n = 0;
  outer: for (const x of a) {
    if (n > 0) break;
    n += 1;
    for (const y of b) {
      continue outer;
    }
  }
  return n;
}
loops([1, 2], new It());
