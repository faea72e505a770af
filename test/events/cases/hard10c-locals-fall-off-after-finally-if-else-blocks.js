// conformance mode=locals
function f(v) {
  let out = 0;
  try {
    const a = v + 1; out += a;
  } finally {
    if (v > 2) {
      const b = v * 2; out += b;
    } else {
      const c = v - 1;
      if (c) { const d = c * 3; out += d; }
      out += c;
    }
  }
}

f(5); f(1); f(2);
