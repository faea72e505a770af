// conformance mode=record
function parse(s) {
  if (s === 'x') throw new Error('bad');
  return Number(s);
}
function* numbers(items) {
  for (const s of items) {
    try {
      yield parse(s);
    } catch (e) {
      return -1;
    }
  }
}
function main() {
  let total = 0;
  for (const n of numbers(['1', 'x', '3'])) total += n;
  const g = numbers(['5', 'x']);
  g.next();
  const r = g.next();
  return total + r.value;
}
main();
