// conformance mode=back
function* pair(a) {
  yield a;
  yield a + 1;
}
function collect() {
  const items = [...pair(5)];
  return items.length;
}
collect();
