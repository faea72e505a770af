// conformance mode=record
class Bad extends Error {}
function check(r) {
  if (r > 10) throw new Bad('big');
  return r;
}
function handle(op, v) {
  let r = v;
  try {
    switch (op) {
      case 'dbl':
        r = r * 2;
      case 'chk': check(r); break;
      case 'neg': r = -r; break;
      default:
        throw new Bad(op);
    }
  } catch (e) {
    r = e.message === 'big' ? 0 : -1;
  }
  return r;
}
function main() {
  let t = 0;
  for (const [op, v] of [['dbl', 3], ['dbl', 7], ['chk', 11], ['chk', 4], ['neg', 5], ['zap', 1]]) {
    t = t * 3 + handle(op, v);
  }
  return t;
}
main();
