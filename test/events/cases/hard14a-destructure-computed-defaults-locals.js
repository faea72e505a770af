// conformance mode=locals
function dflt(k) {
  return k + '!';
}
function f(src, key) {
  const { [key]: a = dflt(key), [key + '2']: b = 'B' } = src;
  let c, d;
  ({ [`${key}x`]: c = 7, d = c * 2 } = src);
  return a + b + c + d;
}
f({ k: 'v' }, 'k'); f({ kx: 1, d: 2 }, 'k');
