// conformance mode=record
function check(x) {
  if (x > 2) throw new Error('big');
  return x;
}
function* rows() {
  yield [1, 2].map(check);
  yield [2, 3].map(check);
}
function main() {
  let n = 0;
  try {
    for (const r of rows()) n += r.length;
  } catch (e) {
    n = -n;
  }
  return n;
}
main();
