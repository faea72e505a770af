// conformance mode=self
const { settrace, gettrace } = require('jstrace');
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  if (frame.f_code.co_name === 'work') throw new Error('tracer failed on call');
  return glob;
}
function work() {
  const a = 1;
  return a;
}
function outer() {
  try {
    const r = work();
  } catch (e) {
    console.log('outer caught', e.message);
  }
  const x = 2;
  return x;
}
settrace(glob);
outer();
console.log('tracing', gettrace() == null ? 'off' : 'on');
settrace(null);
