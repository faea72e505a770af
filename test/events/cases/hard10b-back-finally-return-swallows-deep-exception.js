// conformance mode=back
class Deep extends Error {}
function leaf(n) {
  if (n === 0) throw new Deep('leaf');
  return leaf(n - 1) + 1;
}
function middle(n) {
  try {
    return leaf(n);
  } finally {
    note(n);
  }
}
function note(n) {
  return n * 2;
}
function top(n) {
  try {
    middle(n);
  } finally {
    if (n < 3) return note(-n);
  }
  return 7;
}
function main() {
  const a = top(2); let b;
  try {
    b = top(4);
  } catch (e) {
    b = note(5);
  }
  return a + b;
}
main();
