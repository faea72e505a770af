// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  console.log('T', event, frame.f_code.co_name, frame.f_lineno);
  return T;
}
function M(frame, event, arg) {
  console.log('M', event, frame.f_code.co_name, frame.f_lineno);
  return null;
}
function local(frame, event, arg) {
  console.log('L', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'return' && arg === 2) frame.f_back.f_back.f_trace = T;
  if (event === 'exception') frame.f_back.f_trace = M;
  return local;
}
function glob(frame, event, arg) {
  console.log('G', event, frame.f_code.co_name, frame.f_lineno);
  return frame.f_code.co_name === 'leaf' ? local : null;
}
function leaf(x) {
  if (x < 0) throw new RangeError('neg');
  return x;
}
function mid(x) {
  try {
    return leaf(x);
  } catch (e) {
    return 0;
  }
}
function top() {
  let a = mid(1);
  a += mid(2);
  a += mid(-1);
  return a;
}
settrace(glob);
top();
settrace(null);
