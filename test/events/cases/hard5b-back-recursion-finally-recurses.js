// conformance mode=back
class Bottom extends Error {}
function count(n) {
  return n <= 0 ? 0 : 1 + count(n - 1);
}
function dive(n) {
  if (n === 0) {
    throw new Bottom('b');
  }
  if (n === 2) {
    try {
      return dive(n - 1);
    } catch (e) {
      return count(2) * 10;
    }
  }
  try {
    return dive(n - 1) + 1;
  } finally {
    if (n === 1) {
      count(1);
    }
  }
}
function main() {
  return dive(4);
}
main();
