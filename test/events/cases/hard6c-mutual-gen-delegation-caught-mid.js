// conformance mode=record
function* even(n) {
  if (n === 0) return 'Z';
  try {
    const r = yield* odd(n - 1);
    yield 'e' + n + r;
  } catch (e) {
    yield 'caught' + n;
  }
  return 'e';
}
function* odd(n) {
  if (n === 3) throw new Error('odd3');
  if (n === 1) {
    const got = yield 'o1';
    if (got === 'boom') throw new TypeError(got);
  }
  const r = yield* even(n - 1);
  return 'o' + r;
}
function drain(g, sendAt) {
  const out = [];
  let msg = null;
  let step = g.next();
  while (!step.done) {
    out.push(step.value);
    msg = out.length === sendAt ? 'boom' : null;
    step = g.next(msg);
  }
  return out.join(',');
}
function main() {
  const a = drain(even(6), 0);
  const b = drain(even(2), 1);
  const c = drain(even(4), 0);
  return [a, b, c].join('|');
}
main();
