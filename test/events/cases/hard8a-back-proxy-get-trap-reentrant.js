// conformance mode=back
class Missing extends Error {}
function trap(target, key, self) {
  if (key in target) {
    return target[key];
  }
  return fallback(self, key);
}
function fallback(p, key) {
  if (key === 'dflt') {
    throw new Missing(key);
  }
  return p.dflt * 10;
}
const handler = { get: trap };
function main() {
  const p = new Proxy({ a: 1, dflt: 7 }, handler);
  let r = p.a + p.b;
  const q = new Proxy({ a: 2 }, handler);
  try {
    r += q.a + q.zz;
  } catch (e) {
    r = -r;
  }
  return r;
}
main();
