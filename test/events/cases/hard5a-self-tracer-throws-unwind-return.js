// conformance mode=self
const { settrace, gettrace } = require('jstrace');
function glob(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'return' && frame.f_code.co_name === 'leaf') throw new TypeError('at unwind');
  return glob;
}
function leaf() {
  throw new RangeError('orig');
}
function mid() {
  try {
    leaf();
  } finally {
    console.log('mid finally');
  }
}
function top() {
  let r = 'none';
  try {
    mid();
  } catch (e) {
    r = e.constructor.name + ':' + e.message;
  }
  settrace(glob);
  return r;
}
settrace(glob);
console.log('result', top());
settrace(null);
