// conformance mode=self
const { settrace } = require('jstrace');
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'line' && frame.f_lineno === 17) frame.f_back.f_trace = local;
  return local;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  return frame.f_code.co_name === 'helper' ? local : null;
}
function helper(x) {
  let y = x + 1;
  if (y > 100) {
    y = 100;
  }
  return y;
}
function outer() {
  let a = helper(1);
  a += helper(2);
  try {
    throw new Error('x');
  } catch (e) {
    a += 1;
  }
  return a;
}
settrace(glob);
outer();
settrace(null);
