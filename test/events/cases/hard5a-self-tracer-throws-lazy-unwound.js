// conformance mode=self
const { settrace } = require('jstrace');
function glob(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[1].message : '');
  if (event === 'exception' && frame.f_code.co_name === 'leaf') throw new TypeError('tracer');
  return glob;
}
function leaf(n) {
  throw new Error('leaf' + n);
}
function inner(n) {
  return leaf(n) + 1;
}
function mid() {
  try {
    return inner(7);
  } finally {
    settrace(glob);
    console.log('mid finally');
  }
}
function top() {
  try {
    mid();
  } catch (e) {
    return e.constructor.name;
  }
}
settrace(glob);
console.log(top());
settrace(null);
