// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  if (frame.f_code.co_name !== 'pick') return T;
  const L = frame.f_locals;
  if (event === 'line' && frame.f_lineno === 15) L.x = L.x * 10;
  if (event === 'line' && frame.f_lineno === 17) L.x = -1;
  if (event === 'line' && frame.f_lineno === 18) L.note = 'tracer';
  console.log(event, frame.f_lineno, L.x, L.note, event === 'return' ? String(arg) : '');
  return T;
}
function pick(x) {
  let note = 'none';
  try {
    return x + 1;
  } finally {
    x = x + 1000;
    console.log('finally', x, note);
  }
}
function main() {
  return pick(2) + pick(3);
}
settrace(T);
console.log('result', main());
settrace(null);
