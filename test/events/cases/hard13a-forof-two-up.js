// conformance mode=record
function* gen(n) {
  for (const i of [0, 1, 2, 3]) {
    if (i === n) throw new Error('boom');
    yield i;
  }
}
function consume() {
  let t = 0;
  for (const v of gen(2)) t += v;
  return t;
}
function mid() {
  return consume() + 1;
}
function main() {
  try {
    return mid();
  } catch (e) {
    return -1;
  }
}
main();
