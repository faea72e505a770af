// conformance mode=locals
class Bad extends Error {}
function check(op, n) {
  if (op === 'x' && n > 2) {
    throw new Bad(op);
  }
  return n + 1;
}
function run(ops) {
  let i = 0;
  let n = 0;
  let skipped = 0; let op = '';
  while (i < ops.length) {
    op = ops[i]; i += 1;
    try {
      switch (op) {
        case 's': skipped += 1; continue;
        case 'x': n = check(op, n); break;
        case 'q': break;
        default: n += 10;
      }
      if (op === 'q') break;
    } catch (e) {
      n = -n;
      if (n < -20) continue;
    } finally {
      n += i === 3 ? 100 : 0;
      if (i === 6) {
        continue;
      }
    }
    n += 1;
  }
  return n + skipped;
}
function main() {
  return run(['a', 's', 'x', 'x', 'x', 'q', 'a']);
}
main();
