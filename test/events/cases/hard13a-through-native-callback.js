// conformance mode=record
function* gen(x) {
  yield x;
  if (x > 1) throw new Error('cb');
}
function cb(x) {
  let t = 0;
  for (const v of gen(x)) t += v;
  return t;
}
function main() {
  try {
    [1, 2, 3].forEach(cb);
  } catch (e) {
    return 'caught';
  }
}
main();
