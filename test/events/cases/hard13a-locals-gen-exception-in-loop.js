// conformance mode=locals
function* gen(limit) {
  let total = 0;
  let i = 0;
  while (i < 4) {
    i += 1;
    const sq = i * i;
    if (sq > limit) throw new Error('limit');
    total += sq;
    yield total;
  }
}
function main() {
  let last = 0;
  const g = gen(5);
  try {
    last = g.next().value;
    last = g.next().value;
    last = g.next().value;
  } catch (e) {
    last = -last;
  }
  return last;
}
main();
