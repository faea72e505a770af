// conformance mode=record
function* inner() {
  try {
    yield 1;
    throw new TypeError('inner');
  } finally {
    yield 2;
  }
}
function* middle() {
  try {
    yield* inner();
  } finally {
    const n = 0;
  }
}
function* outer() {
  try {
    yield* middle();
  } catch (e) {
    yield 3;
  }
  yield 4;
}
function main() {
  let total = 0;
  for (const v of outer()) {
    total += v;
  }
  return total;
}
main();
