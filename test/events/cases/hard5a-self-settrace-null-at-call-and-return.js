// conformance mode=self
const { settrace } = require('jstrace');
function local(frame, event, arg) {
  console.log('L', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'return' && frame.f_code.co_name === 'stop') settrace(null);
  return local;
}
function glob(frame, event, arg) {
  console.log('G', event, frame.f_code.co_name, frame.f_lineno);
  if (frame.f_code.co_name === 'off') settrace(null);
  return local;
}
function stop() {
  return 5;
}
function off() {
  let v = 1;
  settrace(glob);
  v += stop();
  return v;
}
function work() {
  let a = stop();
  a += 1;
  settrace(glob);
  a += off();
  a += 2;
  settrace(glob);
  return a;
}
settrace(glob);
work();
settrace(null);
