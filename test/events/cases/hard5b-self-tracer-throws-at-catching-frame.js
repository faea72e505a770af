// conformance mode=self
const { settrace, gettrace } = require('jstrace');
class Replacement extends Error {}
class Original extends Error {}
function glob(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'exception' && frame.f_code.co_name === 'mid') throw new Replacement('r');
  return glob;
}
function leaf() {
  throw new Original('o');
}
function mid() {
  try {
    leaf();
  } catch (e) {
    console.log('mid caught', e.constructor.name);
  }
  return 'mid done';
}
function top() {
  let r = 'none';
  try {
    r = mid();
  } catch (e) {
    r = 'top caught ' + e.constructor.name;
  }
  console.log(r);
}
settrace(glob);
top();
console.log('tracing', gettrace() == null ? 'off' : 'on');
settrace(null);
