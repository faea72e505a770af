// conformance mode=back
function* inner() {
  try {
    yield 1;
  } finally {
    const a = 1;
  }
}
function* middle() {
  try {
    yield* inner();
  } finally {
    const b = 2;
  }
}
function* outer() {
  try {
    yield* middle();
  } catch (e) {
    yield 5;
  }
  yield 6;
}
function main() {
  const g = outer();
  const first = g.next().value;
  const second = g.throw(new TypeError('x')).value;
  const third = g.next().value;
  g.next();
  return first + second + third;
}
main();
