// conformance mode=locals
function f(v) {
  let i = 0;
  if (v > 0) {
    const t = v * 2; i += t;
  }
}
function g(v) {
  let i = 0;
  while (i < v) {
    const w = i + 1; i += w;
  }
}
function h(v) {
  let i = 0;
  try {
    if (v > 1) throw new Error('x');
  } catch (e) {
    const s = v * 3; i += s;
  }
}
f(1); f(0); g(3); h(2); h(1);
