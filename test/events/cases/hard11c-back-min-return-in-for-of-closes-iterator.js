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
function first(it) {
  for (const v of it) {
    return v;
  }
}
first(new It());
