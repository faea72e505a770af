// conformance mode=record
function log(tag) {
  return tag.length;
}
function* inner() {
  try {
    yield 1;
    yield 2;
  } finally {
    log('inner');
  }
}
function* outer() {
  try {
    yield 0;
    yield* inner();
  } finally {
    log('outer');
    log('outer2');
  }
}
function main() {
  const g = outer();
  let total = 0;
  for (const v of g) {
    total += v;
    if (v === 2) {
      break;
    }
  }
  const after = g.next();
  return total;
}
main();
