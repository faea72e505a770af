// conformance mode=self
const { settrace } = require('jstrace');
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'line' && frame.f_lineno === 19) frame.f_trace_lines = false;
  if (event === 'line' && frame.f_code.co_name === 'poke') frame.f_back.f_trace_lines = true;
  return local;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  return local;
}
function poke(i) {
  return i;
}
function work() {
  let n = 0;
  for (const i of [1, 2, 3]) {
    n += i;
    if (i === 2) {
      n += poke(i);
    }
  }
  return n;
}
settrace(glob);
work();
settrace(null);
