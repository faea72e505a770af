// conformance mode=self
const { settrace, gettrace } = require('jstrace');
class Replacement extends Error {}
class Missing extends Error {}
function glob(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[0].name : '');
  if (event === 'return' && frame.f_code.co_name === 'mid' && arg === undefined) throw new Replacement('r');
  return glob;
}
function leaf() {
  throw new Missing('k');
}
function mid() {
  leaf();
}
function top() {
  try {
    mid();
  } catch (e) {
    console.log('top caught', e.constructor.name);
  }
  return 0;
}
settrace(glob);
top();
console.log('tracing', gettrace() == null ? 'off' : 'on');
settrace(null);
