// conformance mode=locals
class Boom extends Error {}
function explode(n) {
  throw new Boom(String(n));
}
function owner(n) {
  let log = 0;
  let note = 's';
  function attempt(x) {
    try {
      log += 1;
      if (x > 1) {
        explode(x);
      }
      note = note + 't';
      return x;
    } finally {
      log += 10;
      return log;
    }
  }
  function wrap(x) {
    try {
      return attempt(x) + 1;
    } catch (e) {
      return -1;
    }
  }
  const a = wrap(1);
  const b = wrap(n);
  return a + b + note.length;
}
owner(5);
