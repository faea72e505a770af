// conformance mode=locals
class Bad extends Error {}
function f(v) {
  if (v > 8) throw new Bad('f');
  return v + 1;
}
function twice(n) {
  let k = n;
  try {
    try {
      return f(k);
    } finally { const a = k * 2; k = a + 1; }
  } finally {
    const b = k + 1;
    k = b;
  }
}
function scan(xs) {
  let t = 0;
  let i = 0; let x = 0;
  while (i < xs.length) {
    x = xs[i]; i += 1;
    try {
      try {
        if (x < 0) continue;
        if (x > 100) break;
        t += f(x);
      } finally { const c = x * x; t += c; }
    } finally {
      const d = t % 7;
      t += d;
    }
  }
  return t;
}
function main() {
  let r = twice(1) + scan([1, -2, 200, 5]);
  try {
    r += twice(4) + twice(9);
  } catch (e) {
    r = -r;
  }
  try {
    r += scan([2, 9]);
  } catch (e) {
    r += 1;
  }
  return r;
}
main();
