// conformance mode=self
const { settrace, gettrace } = require('jstrace');
function glob(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'return' && frame.f_code.co_name === 'work') throw new Error('tracer failed on return');
  return glob;
}
function work() {
  const v = 5;
  return v;
}
function main() {
  try {
    const r = work();
    console.log('main got', r);
  } catch (e) {
    console.log('main caught', e.message);
  }
  return 0;
}
settrace(glob);
main();
console.log('tracing', gettrace() == null ? 'off' : 'on');
settrace(null);
