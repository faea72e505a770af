// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  const name = frame.f_code.co_name;
  const L = frame.f_locals;
  console.log(event, name, frame.f_lineno, event === 'line' ? L.x : '');
  if (event === 'line' && name === 'body' && L.x === 2) {
    L.x = 20;
    settrace(null);
    return null;
  }
  if (event === 'line' && name === 'body' && L.x === 23) L.x = 40;
  return T;
}
function rearm() {
  settrace(T);
  return 1;
}
function body() {
  let x = 0;
  while (x < 30) {
    x += 1;
    if (x === 22) x += rearm();
  }
  return x;
}
settrace(T);
console.log('result', body());
settrace(null);
