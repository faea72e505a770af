// conformance mode=locals
function* gen(xs) {
  let total = 0;
  for (const x of xs) {
    try {
      if (x < 0) return total;
      total += yield x;
    } finally {
      total += 1;
      yield -total;
    }
    total *= 2;
  }
  return total;
}
function main() {
  const g = gen([3, 4, -1, 9]);
  let a = g.next().value;
  a += g.next(10).value;
  a += g.next(20).value;
  a += g.next(30).value;
  a += g.next().value;
  g.next();
  return a;
}
main();
