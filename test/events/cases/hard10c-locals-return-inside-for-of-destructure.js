// conformance mode=locals
function f(rows) {
  let seen = 0;
  for (const [k, [a, b]] of rows) {
    const mid = a + b;
    if (mid > seen) {
      seen = mid; continue;
    } else if (k === 'stop') {
      return seen * 10 + a;
    }
    seen += 1;
  }
  return -seen;
}
f([['a', [1, 2]], ['b', [0, 1]], ['stop', [0, 0]], ['z', [9, 9]]]); f([['a', [1, 1]]]);
