// conformance mode=record
function check(x) {
  if (x > 1) throw new Error('big');
  return x;
}
function* inner() {
  yield check(1);
  yield check(2);
}
function* outer() {
  yield 0;
  yield* inner();
  yield 9;
}
function main() {
  const seen = [];
  try {
    for (const v of outer()) seen.push(v);
  } catch (e) {
    seen.push(e.message);
  }
  return seen.length;
}
main();
