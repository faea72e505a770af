// conformance mode=back
function* numbers(limit) {
  let n = 1;
  while (n <= limit) {
    yield n;
    n += 1;
  }
  return n;
}
function* evens(source) {
  for (const x of source) {
    if (x % 2 === 0) yield x;
  }
}
function* squares(source) {
  for (const x of source) {
    yield x * x;
  }
}
function* chain(a, b) {
  const first = yield* a;
  yield* b;
  return first;
}
function sum(source) {
  let total = 0;
  for (const v of source) {
    total += v;
  }
  return total;
}
function main() {
  const pipeline = squares(evens(numbers(6)));
  const tail = numbers(2);
  return sum(chain(pipeline, tail));
}
main();
