// conformance mode=record
function* gen(x) {
  const y = x * 2;
  if (y > 3) throw new Error('early');
  yield y;
}
function first(g) {
  return [...g][0];
}
function main() {
  let a = first(gen(1));
  try {
    a += first(gen(5));
  } catch (e) {
    a += 100;
  }
  return a;
}
main();
