// conformance mode=self
const { settrace, gettrace } = require('jstrace');
class Boom extends Error {}
function L(frame, event, arg) {
  console.log('L', event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[0].name : '');
  if (event === 'exception' && frame.f_code.co_name === 'deep') settrace(null);
  return event === 'exception' ? M : L;
}
function M(frame, event, arg) {
  console.log('M', event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[0].name : '');
  return null;
}
function G(frame, event, arg) {
  console.log('G', frame.f_code.co_name, frame.f_lineno);
  return L;
}
function deep(n) {
  if (n === 0) throw new Boom('b');
  return deep(n - 1);
}
function mid() {
  try {
    return deep(2);
  } finally {
    console.log('mid finally', gettrace() == null ? 'off' : 'on');
  }
}
function top() {
  try {
    mid();
  } catch (e) {
    settrace(G);
    console.log('handler');
  }
  return false ? deep(1) : 5;
}
function outer() {
  let v = top();
  try {
    v += deep(0);
  } catch (e) {
    v += 1;
  }
  return v;
}
settrace(G);
console.log('result', outer());
settrace(null);
