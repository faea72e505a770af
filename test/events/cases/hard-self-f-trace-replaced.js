// conformance mode=self
const { settrace } = require('jstrace');
function show(name, frame, event) {
  console.log(name, event, frame.f_code.co_name, frame.f_lineno);
}
function d_tr(frame, event, arg) {
  show('D', frame, event);
  return c_tr;
}
function c_tr(frame, event, arg) {
  show('C', frame, event);
  return null;
}
function b_tr(frame, event, arg) {
  show('B', frame, event);
  if (event === 'line' && frame.f_lineno === 34) frame.f_trace = c_tr;
  return b_tr;
}
function a_tr(frame, event, arg) {
  show('A', frame, event);
  if (event === 'line' && frame.f_lineno === 33) { frame.f_trace = b_tr; return null; }
  if (event === 'line' && frame.f_code.co_name === 'helper') frame.f_back.f_trace = d_tr;
  return a_tr;
}
function glob(frame, event, arg) {
  show('global', frame, event);
  return a_tr;
}
function helper() {
  return 1;
}
function work() {
  let n = 1;
  n += 1;
  n += helper();
  n += 1;
  try {
    throw new Error('x');
  } catch (e) {
    n += 1;
  }
  return n;
}
settrace(glob);
work();
settrace(null);
