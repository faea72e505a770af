// conformance mode=self
const { settrace } = require('jstrace');
let hits = 0;
function T(frame, event, arg) {
  if (event !== 'line' || frame.f_code.co_name !== 'climb') return T;
  const L = frame.f_locals;
  hits += 1;
  console.log('line', frame.f_lineno, L.i, L.acc);
  if (L.i === 3) L.i = 6;
  if (hits === 9) L.acc = 500;
  return T;
}
function bump(v) {
  return v + 1;
}
function climb(n) {
  let i = 0;
  let acc = 0;
  while (i < n) i = bump(i);
  while (acc < n * 10) acc += bump(i);
  return i * 1000 + acc;
}
settrace(T);
console.log('result', climb(8));
settrace(null);
