// conformance mode=self
const { settrace } = require('jstrace');
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'line' && frame.f_lineno === 15) frame.f_trace_lines = false;
  if (event === 'exception') frame.f_trace_lines = true;
  return local;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  return local;
}
function work() {
  let n = 1;
  n += 1;
  try {
    n += 1;
    throw new Error('x');
  } catch (e) {
    n += 10;
  }
  return n;
}
settrace(glob);
work();
settrace(null);
