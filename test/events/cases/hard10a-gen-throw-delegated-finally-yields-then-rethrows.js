// conformance mode=record
class Boom extends Error {}
function note(x) {
  return x;
}
function* inner() {
  try {
    yield 1;
    yield 2;
  } finally {
    note('inner-fin');
    yield 3;
    note('inner-after');
  }
  return 9;
}
function* outer() {
  let r = 0;
  try {
    r = yield* inner();
  } catch (e) {
    note('outer-caught');
    yield 4;
  }
  yield 5;
  return r;
}
function main() {
  const g = outer();
  const a = g.next().value;
  const b = g.throw(new Boom('x')).value;
  const c = g.next().value;
  const d = g.next().value;
  for (const v of g) {
    d += v;
  }
  return a + b + c + d;
}
main();
