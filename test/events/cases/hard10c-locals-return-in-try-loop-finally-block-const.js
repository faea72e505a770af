// conformance mode=locals
function f(xs) {
  let best = 0;
  for (const x of xs) {
    try {
      if (x * x > 10) return x * x + best;
      best += x * x;
    } finally {
      const fin = best + 1; best = fin;
    }
    best -= 1;
  }
  return best;
}
f([1, 2, 5]); f([1]);
