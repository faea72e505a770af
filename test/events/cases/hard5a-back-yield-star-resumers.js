// conformance mode=back
function* inner() {
  yield 1;
  yield 2;
}
function* outer() {
  yield* inner();
  yield 3;
}
function step(g) {
  return g.next().value;
}
function drain(g) {
  let t = 0;
  for (const v of g) {
    t += v;
  }
  return t;
}
function main() {
  const g = outer();
  let a = step(g);
  try {
    a += step(g);
    throw new Error('x');
  } catch (e) {
    a += drain(g);
  } finally {
    a += step(g) === undefined ? 1 : 0;
  }
  return a;
}
main();
