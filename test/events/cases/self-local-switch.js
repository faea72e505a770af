// conformance mode=self
const { settrace } = require('jstrace');
function second(frame, event, arg) {
  console.log('second', event, frame.f_code.co_name, frame.f_lineno);
  return null;
}
function first(frame, event, arg) {
  console.log('first', event, frame.f_code.co_name, frame.f_lineno);
  return second;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  return first;
}
function work() {
  const a = 1;
  const b = a + 1;
  const c = b + 1;
  return c;
}
settrace(glob);
work();
settrace(null);
