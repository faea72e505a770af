// conformance mode=back
function* src() {
  yield 1;
  throw new Error('src');
}
function* safe() {
  try {
    for (const v of src()) yield v;
  } catch (e) {
    yield 0;
  }
}
function drive(g) {
  return g.next().value;
}
function main() {
  const g = safe();
  drive(g);
  drive(g);
  return drive(g);
}
main();
