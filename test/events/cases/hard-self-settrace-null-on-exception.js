// conformance mode=self
const { settrace } = require('jstrace');
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'exception' && frame.f_code.co_name === 'leaf') settrace(null);
  return local;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  return local;
}
function leaf() {
  throw new TypeError('x');
}
function mid() {
  try {
    leaf();
  } finally {
    const n = 1;
  }
}
function work() {
  let a = 1;
  try {
    mid();
  } catch (e) {
    a = 2;
    settrace(glob);
    a = 3;
  }
  a += 'ab'.length;
  return a;
}
settrace(glob);
work();
settrace(null);
