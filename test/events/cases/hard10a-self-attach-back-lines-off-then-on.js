// conformance mode=self
const { settrace } = require('jstrace');
function P(frame, event, arg) {
  console.log('P', event, frame.f_code.co_name, frame.f_lineno, frame.f_trace_lines ? 'True' : 'False');
  return P;
}
function G(frame, event, arg) {
  const name = frame.f_code.co_name;
  console.log('G', name, frame.f_lineno);
  if (name === 'leaf' && frame.f_back.f_trace == null) { frame.f_back.f_trace = P; frame.f_back.f_trace_lines = false; }
  if (name === 'flip') frame.f_back.f_trace_lines = true;
  return null;
}
function leaf(x) {
  return x + 1;
}
function flip() {
  return 0;
}
function work() {
  let a = leaf(1);
  a += 1;
  a += leaf(a);
  a += flip();
  a += 2;
  a += leaf(a);
  return a;
}
function top() {
  let r = work();
  r += 1;
  return r;
}
settrace(G);
console.log('result', top());
settrace(null);
