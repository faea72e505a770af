// conformance mode=self
const { settrace } = require('jstrace');
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  return local;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  if (frame.f_code.co_name === 'helper') {
    frame.f_back.f_trace = local;
    return local;
  }
  return null;
}
function helper() {
  return 5;
}
function outer() {
  const a = 1;
  const b = helper();
  const c = a + b;
  return c;
}
settrace(glob);
outer();
settrace(null);
