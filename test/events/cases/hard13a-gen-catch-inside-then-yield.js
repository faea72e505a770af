// conformance mode=record
function risky(i) {
  if (i % 2 === 1) throw new Error('odd');
  return i;
}
function* safe(n) {
  for (const i of [0, 1, 2, 3].slice(0, n)) {
    try {
      yield risky(i);
    } catch (e) {
      yield -1;
    }
  }
  return 'end';
}
function main() {
  const out = [];
  for (const v of safe(4)) out.push(v);
  return out.length;
}
main();
