// conformance mode=locals
function f(x) {
  let a = 0;
  outer: {
    a += 1;
    if (x > 1) break outer;
    a += 10;
    inner: {
      if (x > 0) break inner;
      a += 100;
    }
    a += 1000;
  }
  return a;
}
f(0); f(1); f(2);
