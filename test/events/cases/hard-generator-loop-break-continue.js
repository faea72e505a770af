// conformance mode=record
function* walk(items) {
  let count = 0;
  for (const x of items) {
    try {
      if (x < 0) {
        continue;
      }
      if (x === 0) {
        break;
      }
      yield x;
    } finally {
      count += 1;
    }
  }
  yield count;
}
function main() {
  let total = 0;
  for (const v of walk([1, -1, 2, 0, 5])) {
    total += v;
  }
  return total;
}
main();
