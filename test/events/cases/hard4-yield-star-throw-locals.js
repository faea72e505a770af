// conformance mode=locals
class Stop extends Error {}
function* inner(start) {
  let n = start;
  let state = 'run';
  while (true) {
    try {
      yield n;
      n += 1;
    } catch (e) {
      state = 'stopped';
      return n * 100;
    }
  }
}
function* outer() {
  let got = 0;
  let phase = 'a';
  got = yield* inner(1);
  phase = 'b';
  got += yield* inner(got);
  phase = phase + 'c';
  yield got;
}
function main() {
  const g = outer();
  let r = g.next().value;
  r += g.next().value;
  r += g.throw(new Stop('x')).value;
  r += g.throw(new Stop('y')).value;
  g.next();
  return r;
}
main();
