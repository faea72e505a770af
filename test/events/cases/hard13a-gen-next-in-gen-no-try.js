// conformance mode=record
function* source() {
  yield 1;
  throw new Error('src');
}
function* doubler(s) {
  while (true) {
    const r = s.next();
    if (r.done) return 0;
    yield r.value * 2;
  }
}
function main() {
  const d = doubler(source());
  let t = d.next().value;
  try {
    t += d.next().value;
  } catch (e) {
    t = -t;
  }
  return t;
}
main();
