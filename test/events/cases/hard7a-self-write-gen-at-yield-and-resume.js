// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  if (frame.f_code.co_name !== 'ticker') return T;
  const L = frame.f_locals;
  if (event === 'return' && arg === 2) L.step = 5;
  if (event === 'call' && frame.f_lineno === 16 && L.n > 10) L.n = 100;
  if ('step' in L) console.log(event, frame.f_lineno, L.n, L.step);
  return T;
}
function* ticker(limit) {
  let n = 0;
  let step = 1;
  while (n < limit) {
    n += step;
    yield n;
  }
}
function main() {
  const seen = [];
  for (const v of ticker(20)) {
    seen.push(v);
  }
  return seen.join(',');
}
settrace(T);
console.log('result', main());
settrace(null);
