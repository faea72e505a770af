// conformance mode=self
const { settrace, gettrace } = require('jstrace');
const nm = (t) => (t == null ? 'none' : t.name);
function L(frame, event, arg) {
  console.log('L', event, frame.f_code.co_name, frame.f_lineno, nm(gettrace()), nm(frame.f_trace));
  if (event === 'line' && frame.f_lineno === 29) settrace(G2);
  if (event === 'exception') {
    settrace(null);
    console.log('mid-tracer', nm(gettrace()));
    settrace(G1);
  }
  return L;
}
function G1(frame, event, arg) {
  console.log('G1', event, frame.f_code.co_name, frame.f_lineno, nm(gettrace()), nm(frame.f_trace));
  return L;
}
function G2(frame, event, arg) {
  console.log('G2', event, frame.f_code.co_name, frame.f_lineno, nm(gettrace()), nm(frame.f_trace));
  return frame.f_code.co_name === 'leaf' ? null : L;
}
function leaf(x) {
  if (x > 1) throw new Error('big');
  return x;
}
function work() {
  let a = leaf(1);
  try {
    a += leaf(2);
  } catch (e) {
    a += leaf(0);
  }
  return a;
}
settrace(G1);
work();
const after = gettrace();
settrace(null); console.log('after', after.name);
