// conformance mode=locals
function* gen(n) {
  let i = 0; let got = 0;
  while (i < n) {
    i += 1;
    try {
      if (i === 2) continue;
      got = yield i;
      if (got > 5) return got + i;
    } finally {
      const tag = i * 100;
      got = yield tag;
    }
  }
  return -1;
}
function main() {
  const g = gen(4); let s = 0;
  s += g.next().value; s += g.next(1).value;
  s += g.next(2).value;
  s += g.next(3).value;
  s += g.next(9).value;
  g.next();
  const h = gen(1); s += h.next().value; s += h.next(0).value; h.next();
  return s;
}
main();
