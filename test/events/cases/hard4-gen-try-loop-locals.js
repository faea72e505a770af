// conformance mode=locals
class Bad extends Error {}
function check(raw) {
  if (raw < 0) {
    throw new Bad('neg');
  }
  return raw * 2;
}
function* parse(items) {
  let ok = 0;
  let bad = 0;
  let n = 0;
  let raw;
  for (raw of items) {
    try {
      n = check(raw);
      const got = yield n;
      ok += got ? got : 0;
    } catch (e) {
      bad += 1;
      continue;
    }
    ok += 1;
  }
  return ok * 10 + bad;
}
function main() {
  const g = parse([1, -1, 3, -2, 4]);
  let r = g.next().value;
  r += g.next(5).value;
  r += g.throw(new Bad('x')).value;
  g.next();
  return r;
}
main();
