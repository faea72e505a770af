// conformance mode=record
class First extends Error {}
class Second extends Error {}
function cleanup(n) {
  if (n > 1) throw new Second('cleanup');
  return n;
}
function task(n) {
  try {
    try {
      throw new First('task');
    } finally {
      cleanup(n);
    }
  } finally {
    if (n > 2) return n;
  }
}
function main() {
  const out = [];
  for (const n of [1, 2, 3]) {
    try {
      out.push(task(n));
    } catch (e) {
      out.push(e instanceof First ? 'first' : 'second');
    }
  }
  return out.length;
}
main();
