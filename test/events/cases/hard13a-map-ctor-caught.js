// conformance mode=record
function* entries(n) {
  for (const i of [1, 2, 3]) {
    if (i > n) throw new Error('too far');
    yield [i, i * i];
  }
}
function main() {
  let m = null;
  try {
    m = new Map(entries(2));
  } catch (e) {
    m = new Map(entries(3));
  }
  return m.size;
}
main();
