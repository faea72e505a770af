// conformance mode=self
const { settrace } = require('jstrace');
function W(frame, event, arg) {
  const L = frame.f_locals;
  console.log('W', event, frame.f_lineno, L.i, L.lo, L.hi);
  if (event === 'line' && frame.f_lineno === 19 && L.i === 2) L.i = 6;
  if (event === 'line' && frame.f_lineno === 20) L.hi = L.hi + 100;
  return W;
}
function G(frame, event, arg) {
  if (frame.f_code.co_name === 'probe' && frame.f_back.f_trace === null) frame.f_back.f_trace = W;
  return null;
}
function probe(v) {
  return v * 2;
}
function loop(lo, hi) {
  let i = 0;
  while (i < 8) {
    [lo, hi] = [hi, lo + probe(i)];
    i += 1;
  }
  return lo + ' ' + hi + ' ' + i;
}
settrace(G);
console.log('result', loop(1, 2));
settrace(null);
