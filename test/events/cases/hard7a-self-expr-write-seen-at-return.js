// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  const L = frame.f_locals;
  if (event !== 'line' && frame.f_code.co_name !== 'main') console.log(event, frame.f_code.co_name, frame.f_lineno, L.n, String(arg));
  return T;
}
function grow(n) {
  return n + (n = n * 3);
}
function* doubling(n) {
  while (n < 20) yield (n = n * 2);
  return (n = -n);
}
function main() {
  let out = grow(2);
  for (const v of doubling(3)) {
    out += v;
  }
  return out;
}
settrace(T);
console.log('result', main());
settrace(null);
