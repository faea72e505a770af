// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  if (event === 'call' && frame.f_code.co_name === 'scale') {
    const L = frame.f_locals;
    L.k = L.k * 10;
    console.log('call', frame.f_lineno, L.x, L.k);
  }
  return T;
}
function scale(x, k) {
  const r = x * k;
  return r;
}
function main() {
  const a = scale(2, 3);
  const b = scale(a, 1);
  return a + b;
}
settrace(T);
console.log('result', main());
settrace(null);
