// conformance mode=self
const { settrace } = require('jstrace');
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'line' && frame.f_code.co_name === 'work' && frame.f_lineno === 20) {
    frame.f_trace = null;
    return null;
  }
  return local;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  return local;
}
function leaf() {
  return 1;
}
function work() {
  let a = 1;
  a += 1;
  a += leaf();
  return a;
}
settrace(glob);
work();
settrace(null);
console.log('done');
