// conformance mode=self
const { settrace, gettrace } = require('jstrace');
let armed = true;
function glob(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[1].message : '');
  if (event === 'return' && frame.f_code.co_name === 'leaf' && armed) {
    armed = false;
    throw new TypeError('at return');
  }
  return glob;
}
function leaf() {
  const v = 3;
  return v;
}
function mid() {
  try {
    leaf();
    console.log('not reached');
  } finally {
    console.log('finally', gettrace() == null ? 'off' : 'on');
    settrace(glob);
    console.log('finally', gettrace() == null ? 'off' : 'on');
  }
}
function top() {
  try {
    mid();
  } catch (e) {
    console.log('caught', e.message);
  }
  return leaf();
}
settrace(glob);
top();
settrace(null);
