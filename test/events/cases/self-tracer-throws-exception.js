// conformance mode=self
const { settrace, gettrace } = require('jstrace');
function glob(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'exception') throw new TypeError('replacement');
  return glob;
}
function work() {
  const n = 1;
  throw new Error('original');
}
function main() {
  try {
    work();
  } catch (e) {
    console.log('main caught', e.constructor.name, e.message);
  }
  return 0;
}
settrace(glob);
main();
console.log('tracing', gettrace() == null ? 'off' : 'on');
settrace(null);
