// conformance mode=record
function parse(s) {
  if (s === 'x') throw new TypeError('nan');
  return s.length;
}
function* reader(items) {
  for (const s of items) {
    try {
      yield parse(s);
    } catch (e) {
      throw new ValueError('wrapped');
    }
  }
}
function main() {
  let n = 0;
  try {
    for (const v of reader(['a', 'x', 'b'])) n += v;
  } catch (e) {
    n += 100;
  }
  return n;
}
class ValueError extends Error {}
main();
