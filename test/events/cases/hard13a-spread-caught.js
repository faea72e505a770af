// conformance mode=record
function* gen() {
  yield 1;
  yield 2;
  throw new Error('end');
}
function main() {
  let xs = [];
  try {
    xs = [...gen()];
  } catch (e) {
    xs = [0];
  }
  return xs.length;
}
main();
