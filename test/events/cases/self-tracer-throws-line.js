// conformance mode=self
const { settrace, gettrace } = require('jstrace');
function glob(frame, event, arg) {
  if (frame.f_code.co_name !== 'work') return null;
  console.log(event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'line' && frame.f_lineno === 12) throw new Error('tracer failed at line');
  return glob;
}
function work() {
  let a = 1;
  try {
    a = 2;
  } catch (e) {
    console.log('work caught', e.message, a);
  }
  return a;
}
settrace(glob);
console.log('result', work());
console.log('tracing', gettrace() == null ? 'off' : 'on');
settrace(null);
