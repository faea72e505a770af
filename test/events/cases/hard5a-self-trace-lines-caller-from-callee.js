// conformance mode=self
const { settrace } = require('jstrace');
function local(frame, event, arg) {
  console.log('L', event, frame.f_code.co_name, frame.f_lineno, frame.f_trace_lines);
  if (event === 'return' && frame.f_code.co_name === 'loud') frame.f_back.f_trace_lines = true;
  return local;
}
function glob(frame, event, arg) {
  console.log('G', event, frame.f_code.co_name, frame.f_lineno);
  if (frame.f_code.co_name === 'quiet') frame.f_back.f_trace_lines = false;
  return local;
}
function quiet() {
  return 1;
}
function loud() {
  return 2;
}
function work() {
  let a = 0;
  a += quiet();
  for (let i = 0; i < 2; i++) {
    try {
      if (i === 1) throw new Error('x');
    } catch (e) {
      a += 10;
    }
  }
  a += loud();
  a += 100;
  return a;
}
settrace(glob);
work();
settrace(null);
