// conformance mode=locals
class Low extends Error {}
class High extends Error {}
function walk(n, depth) {
  let here = n * depth;
  if (n === 0) throw new Low('z');
  try {
    const got = walk(n - 1, depth + 1);
    return got + here;
  } catch (e) {
    if (depth === 1) throw new High('w' + String(here));
    here = -here;
    throw e;
  }
}
function main() {
  try {
    return walk(3, 0);
  } catch (e) {
    return e.message.length;
  }
}
main();
