// conformance mode=self
const { settrace } = require('jstrace');
function X(frame, event, arg) {
  console.log('X', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'line' && frame.f_lineno === 27) {
    frame.f_trace = Y;
    return X;
  }
  if (event === 'exception') {
    frame.f_trace = Y;
    return null;
  }
  return null;
}
function Y(frame, event, arg) {
  console.log('Y', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'line') frame.f_trace = X;
  return frame.f_lineno === 31 ? Y : null;
}
function glob(frame, event, arg) {
  console.log('G', event, frame.f_code.co_name, frame.f_lineno);
  frame.f_trace = X;
  return null;
}
function work() {
  let a = 1;
  a += 1;
  try {
    a += 1;
    throw new Error('e');
  } catch (e) {
    a += 2;
  }
  return a;
}
settrace(glob);
work();
settrace(null);
