// conformance mode=locals
function f(xs) {
  let total = 0;
  {
    const base = xs.length;
    for (const x of xs) {
      {
        const sq = x * x + base;
        if (sq > 20) {
          const over = sq - 20;
          return over + total;
        }
        total += sq;
      }
      total += 1;
    }
    total += base;
  }
}
f([1, 2]); f([1, 5, 2]);
