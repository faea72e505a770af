// conformance mode=self
const { settrace } = require('jstrace');
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'line' && frame.f_code.co_name === 'inner') {
    settrace(null);
  }
  return local;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  return local;
}
function inner() {
  const v = 1;
  return v;
}
function outer() {
  const a = inner();
  const b = 2;
  settrace(glob);
  const c = 3;
  return a + b + c;
}
settrace(glob);
outer();
settrace(null);
console.log('done');
