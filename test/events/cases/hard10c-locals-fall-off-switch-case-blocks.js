// conformance mode=locals
function f(v) {
  let acc = 1;
  switch (v) {
    case 1: {
      const a = acc + 10; acc += a;
      break;
    }
    case 2: {
      const b = acc * 3; acc -= b; break;
    }
    case 3: {
      const c = acc + v;
      return c * 2;
    }
    default: { const d = v; acc = d * d; }
  }
}
f(1); f(2); f(3); f(9);
