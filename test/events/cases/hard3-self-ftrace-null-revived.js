// conformance mode=self
const { settrace, currentFrame } = require('jstrace');
function second(frame, event, arg) {
  console.log('second', event, frame.f_code.co_name, frame.f_lineno);
  return second;
}
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'line' && frame.f_lineno === 25) frame.f_trace = null;
  return null;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  return local;
}
function revive(n) {
  const caller = currentFrame().f_back;
  caller.f_trace = second;
  return n + 1;
}
function quiet(n) {
  return n * 2;
}
function work() {
  let a = 1;
  a += quiet(a);
  a += 1;
  a = revive(a);
  a += 2;
  for (let i = 0; i < 2; i++) {
    a += quiet(i);
  }
  return a;
}
settrace(glob);
work();
settrace(null);
console.log('done');
