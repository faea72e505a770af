// conformance mode=self
const { settrace } = require('jstrace');
class Boom extends Error {}
function chain(f) {
  const out = [];
  while (f != null && f.f_code.co_name !== '<module>') {
    out.push(f.f_code.co_name + '@' + f.f_lineno + ':' + (f.f_trace ? 'T' : '-')); f = f.f_back;
  }
  return out.join(' ');
}
function T(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[0].name : '', chain(frame.f_back));
  return T;
}
function G(frame, event, arg) {
  return frame.f_code.co_name.startsWith('mid') ? null : T;
}
function leaf(n) {
  if (n === 0) throw new Boom('z');
  return mid_a(n - 1);
}
function mid_a(n) {
  try {
    return mid_b(n);
  } finally {
    n === 9 ? leaf(5) : null;
  }
}
function mid_b(n) {
  return leaf(n);
}
function top() {
  try {
    return leaf(2);
  } catch (e) {
    return false ? leaf(1) : -1;
  }
}
settrace(G);
console.log('result', top());
settrace(null);
