// conformance mode=record
function* source() {
  yield 1;
  throw new Error('dry');
}
function* relay() {
  try {
    for (const v of source()) yield v * 2;
  } finally {
    yield -1;
  }
}
function main() {
  const out = [];
  try {
    for (const v of relay()) out.push(v);
  } catch (e) {
    out.push(e.message);
  }
  return out.length;
}
main();
