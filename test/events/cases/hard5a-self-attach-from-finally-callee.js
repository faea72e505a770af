// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  console.log('T', event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[1].message : '');
  return T;
}
function G(frame, event, arg) {
  console.log('G', event, frame.f_code.co_name, frame.f_lineno);
  if (frame.f_code.co_name === 'attach') frame.f_back.f_trace = T;
  return null;
}
function leaf() {
  throw new Error('boom');
}
function attach() {
  return 0;
}
function mid() {
  let x = 0;
  try {
    leaf();
  } finally {
    attach();
    x = 1;
  }
  return x;
}
function top() {
  try {
    mid();
  } catch (e) {
    attach();
    return e.message;
  }
}
settrace(G);
console.log(top());
settrace(null);
