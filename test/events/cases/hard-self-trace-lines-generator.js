// conformance mode=self
const { settrace } = require('jstrace');
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'line' && frame.f_lineno === 20) frame.f_trace_lines = false;
  return local;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  if (frame.f_code.co_name !== 'gen') return null;
  if (frame.f_lineno === 15) frame.f_trace_lines = false;
  if (frame.f_lineno === 19) frame.f_trace_lines = true;
  return local;
}
function* gen() {
  let x = 1;
  yield x;
  x += 1;
  yield x;
  x += 1;
  yield x;
}
function main() {
  let total = 0;
  for (const v of gen()) {
    total += v;
  }
  console.log('total', total);
}
settrace(glob);
main();
settrace(null);
