// conformance mode=locals
function f(x) {
  let kind = 0;
  check: {
    const p = x * 2;
    if (p > 4) {
      const q = p - 4; kind = q;
      break check;
    }
    const r = p + 1; kind = r;
  }
}
f(5); f(1);
