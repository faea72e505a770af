// conformance mode=self
const { settrace } = require('jstrace');
function g() {
  return 1;
}
function f() {
  let a = 1;
  const b = 2;
  a = 3;
  return g() + b + a;
}
function h() {
  let a = 1;
  const b = 2;
  a = 4;
  g(); throw new Error('x');
}
function k() {
  try { h();
  } catch { return f(); }
}
function show(frame) {
  return Object.keys(frame.f_locals).sort().map((n) => n + '=' + frame.f_locals[n]).join(' ');
}
function local(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno, show(frame));
  return local;
}
function glob(frame, event, arg) {
  if (frame.f_code.co_name === 'g') frame.f_back.f_trace = local;
  return frame.f_code.co_name === 'k' ? local : null;
}
settrace(glob);
k();
settrace(null);
console.log('done');
