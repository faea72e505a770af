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
function helper() {
  return 7;
}
function mid() {
  try {
    leaf();
  } finally {
    console.log('mid finally', gettrace() == null ? 'off' : 'on');
  }
}
function top() {
  let z = 1;
  try {
    mid();
  } catch (e) {
    console.log('caught', e.constructor.name, e.message);
    settrace(glob);
  }
  z += helper();
  return z;
}
settrace(glob);
top();
settrace(null);
