// conformance mode=self
const { settrace, gettrace } = require('jstrace');
class Boom extends Error {}
function show(tag, frame, event, arg) {
  console.log(tag, event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[0].name : event === 'return' ? (arg == null ? 'none' : arg) : '');
}
function L(frame, event, arg) {
  show('L', frame, event, arg);
  if (event === 'exception' && frame.f_code.co_name === 'leaf') settrace(null);
  return L;
}
function G(frame, event, arg) {
  show('G', frame, event, arg);
  return frame.f_code.co_name !== 'helper' ? L : null;
}
function helper(x) {
  return x * 2;
}
function leaf(n) {
  helper(n);
  throw new Boom('b');
}
function inner(n) {
  try {
    leaf(n);
  } finally {
    helper(n);
  }
}
function mid(n) {
  try {
    inner(n);
  } finally {
    settrace(G);
    helper(n);
    console.log('mid finally', n);
  }
}
function top() {
  try {
    mid(3);
  } catch (e) {
    return helper(1);
  }
}
settrace(G);
console.log('result', top());
settrace(null);
