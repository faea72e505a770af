// conformance mode=locals
function f(xs) {
  outer: for (const x of xs) {
    const y = x * 2;
    if (y > 2) continue;
    for (const k in { a: 1 }) {
      const w = k + y;
      if (w) continue outer;
    }
  }
  return xs.length;
}
f([1, 2]);
