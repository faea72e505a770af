// conformance mode=self
const { settrace } = require('jstrace');
function other(frame, event, arg) {
  console.log('other', event, frame.f_code.co_name, frame.f_lineno);
  return null;
}
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'line' && frame.f_lineno === 22) return other;
  return null;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  if (frame.f_code.co_name === 'skip') return null;
  return local;
}
function skip() {
  return 1;
}
function work() {
  let a = skip();
  a += skip();
  try {
    throw new Error('x');
  } catch (e) {
    a += 1;
  }
  return a;
}
settrace(glob);
work();
settrace(null);
console.log('done');
