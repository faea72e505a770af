// conformance mode=self
const { settrace } = require('jstrace');
function make(tag, n) {
  function tr(frame, event, arg) {
    console.log(tag + n, event, frame.f_code.co_name, frame.f_lineno);
    return make(tag, n + 1);
  }
  return tr;
}
let calls = 0;
function glob(frame, event, arg) {
  calls += 1;
  console.log('G', event, frame.f_code.co_name, frame.f_lineno, calls);
  return make(frame.f_code.co_name.slice(0, 1), calls * 10);
}
function leaf(x) {
  if (x > 1) {
    throw new Error('big');
  }
  return x;
}
function mid(x) {
  let t = leaf(x);
  t += leaf(x - 1);
  return t;
}
function top() {
  let s = mid(1);
  try {
    s += mid(2);
  } catch (e) {
    s = -s;
  }
  return s;
}
settrace(glob);
top();
settrace(null);
