// conformance mode=record
class BadKey extends Error {}
function norm(k) {
  if (k === '') {
    throw new BadKey('empty');
  }
  return k.toLowerCase();
}
function* pairs(src) {
  let i = 0;
  for (const k of src) {
    i += 1;
    yield [norm(k), i];
  }
  return i;
}
function build(src) {
  try {
    return Object.keys(Object.fromEntries(pairs(src))).length;
  } catch (e) {
    return -new Map(pairs(src.slice(0, 1))).size;
  }
}
function main() {
  return build(['A', 'B']) * 10 + build(['C', '', 'D']);
}
main();
