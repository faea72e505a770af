// conformance mode=record
function* acc() {
  let total = 0;
  while (true) {
    const x = yield total;
    if (x < 0) throw new Error('negative');
    total += x;
  }
}
function main() {
  const g = acc();
  g.next();
  g.next(3);
  try {
    g.next(-1);
  } catch (e) {
    return g.next(5).done;
  }
}
main();
