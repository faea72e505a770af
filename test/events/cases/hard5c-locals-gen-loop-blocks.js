// conformance mode=locals
function* rows(data) {
  let count = 0;
  for (const row of data) {
    const width = row.length;
    if (width > 1) {
      const head = row[0];
      const got = yield head * width;
      count += got;
    } else {
      const only = row[0];
      yield only;
    }
    count += 1;
  }
  return count;
}
function* wrap(data) {
  const total = yield* rows(data);
  {
    const last = total + 1;
    yield last;
  }
  yield total;
}
function main() {
  const g = wrap([[2, 3], [7], [4, 5, 6]]);
  let r = g.next().value;
  r += g.next(10).value;
  r += g.next(20).value;
  r += g.next(30).value;
  r += g.next().value;
  g.next();
  return r;
}
main();
