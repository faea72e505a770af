// conformance mode=self
const { settrace, gettrace } = require('jstrace');
function glob(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'exception' && frame.f_code.co_name === 'mid') throw new TypeError('tracer');
  return glob;
}
function leaf() {
  throw new RangeError('orig');
}
function mid() {
  let r = 'none';
  try {
    leaf();
  } catch (e) {
    r = e.constructor.name;
  }
  console.log('mid', r, gettrace() == null ? 'off' : 'on');
  return r;
}
function top() {
  try {
    return mid();
  } catch (e) {
    console.log('top caught', e.constructor.name);
    return 'top';
  }
}
settrace(glob);
console.log('result', top());
settrace(null);
