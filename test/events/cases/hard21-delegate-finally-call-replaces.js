// conformance mode=record
class A extends Error {}
class B extends Error {}
function boom(x) {
  if (x > 1) {
    throw new B('b');
  }
  return x;
}
function* inner() {
  try {
    yield 1;
    yield 2;
  } finally {
    boom(2);
  }
}
function* mid() {
  try {
    yield* inner();
  } catch (e) {
    yield 10;
  }
  yield 11;
}
function outer() {
  let n = 0;
  for (const v of mid()) {
    n += v;
  }
  return n;
}
function main() {
  const g = mid();
  const a = g.next().value;
  const b = g.throw(new A('a')).value;
  const c = g.next().value;
  const d = g.next();
  return outer() + a + b + c;
}
main();
