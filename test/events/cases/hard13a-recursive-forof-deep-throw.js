// conformance mode=record
function* count(n) {
  if (n === 0) throw new Error('bottom');
  yield n;
  for (const v of count(n - 1)) yield v;
}
function main() {
  const seen = [];
  try {
    for (const v of count(3)) seen.push(v);
  } catch (e) {
    seen.push(0);
  }
  return seen.length;
}
main();
