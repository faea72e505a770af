// conformance mode=locals
function pair(a, b) {
  return a * 10 + b;
}
function* gen(k) {
  let x = pair(yield 'a', yield 'b');
  let y = pair(yield 'c', k); let z = [yield 'e', x];
  try {
    var w = pair(z[0], yield 'f') + pair(yield 'g', 1);
  } finally {
    x = (yield 'h') || 5;
  }
  return x + y + w;
}
function* wrap(k) {
  const r = yield* gen(k);
  yield r;
}
function drive(k) {
  const g = wrap(k); let out = g.next().value; let n = 0;
  while (n < 7) {
    n += 1;
    out += String(g.next(n).value);
  }
  return out + String(g.next().value === undefined ? 'None' : 'bad');
}
function main() {
  return drive(5) + drive(50);
}
main();
