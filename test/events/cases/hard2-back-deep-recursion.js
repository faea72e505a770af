// conformance mode=back
class Deep extends Error {}
function probe(n) {
  return n;
}
function down(n) {
  if (n === 6) {
    throw new Deep('bottom');
  }
  if (n === 2) {
    try {
      return down(n + 1);
    } catch (e) {
      return probe(n);
    }
  }
  return down(n + 1);
}
down(1);
