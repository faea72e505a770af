// conformance mode=record
function* gen(k) {
  yield k;
  if (k > 1) throw new Error('k');
  yield k + 1;
}
function collect(k) {
  return Array.from(gen(k));
}
function main() {
  const a = collect(1);
  try {
    collect(2);
  } catch (e) {
    return a.length;
  }
}
main();
