// conformance mode=back
function id(v) {
  return v;
}
function walk(n, acc = n > 0 ? walk(n - 1, 5) : 0) {
  // (walk(n - 1, 5) runs no default: its body is its own frame)
  return acc + n;
}
function pick(n, a = n > 0 ? pick(n - 1, 7) : 1, b = id(a)) {
  // (the inner pick's first default is b's, after a's of the outer one)
  return a + b;
}
function main() {
  return walk(2) + pick(1);
}
main();
