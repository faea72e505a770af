// conformance mode=back
class Stop extends Error {}
function* even(n) {
  if (n === 0) {
    yield 'e0';
    return 100;
  }
  const r = yield* odd(n - 1);
  if (r === 816) throw new Stop('big');
  yield 'e' + String(n);
  return r + n;
}
function* odd(n) {
  const r = yield* even(n - 1);
  return r * 2;
}
function drain(g) {
  let out = '';
  for (const v of g) {
    out += v;
  }
  return out;
}
function main() {
  let s = drain(even(4));
  try {
    s += drain(even(6));
  } catch (e) {
    s += '!';
  }
  return s;
}
main();
