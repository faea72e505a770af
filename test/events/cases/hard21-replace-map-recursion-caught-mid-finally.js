// conformance mode=record
const re = 0;
class Deep extends Error {}
function log(s) {
  return s;
}
function expand(s, depth) {
  function sub(m) {
    if (depth > 2) throw new Deep(m);
    try {
      return expand(m.repeat(2), depth + 1);
    } catch (e) {
      return depth === 1 ? '!' : raise_again(e);
    } finally {
      log(depth);
    }
  }
  return s.replace(/[A-Z]/g, sub);
}
function raise_again(e) {
  throw new Deep(e.message + '+');
}
function main() {
  const parts = ['aB', 'c'].map((w) => expand(w, 1));
  return parts.join('');
}
main();
