// conformance mode=self
const { settrace } = require('jstrace');
class Boom extends Error {}
function show(tag, frame, event, arg) {
  console.log(tag, event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[0].name : event === 'return' ? (arg == null ? 'none' : arg) : '');
}
function A(frame, event, arg) {
  show('A', frame, event, arg);
  if (event === 'line' && frame.f_lineno === 24) frame.f_trace_lines = false;
  if (event === 'return') frame.f_trace_lines = true;
  return event === 'exception' ? B : null;
}
function B(frame, event, arg) {
  show('B', frame, event, arg);
  return event === 'return' ? A : B;
}
function G(frame, event, arg) {
  show('G', frame, event, arg);
  return frame.f_lineno === frame.f_code.co_firstlineno ? A : null;
}
function* gen(n) {
  let i = 0;
  while (i < n) {
    try {
      i += 1;
      if (i === 2) throw new Boom('two');
      yield i;
    } catch (e) {
      yield -i;
    }
  }
}
function main() {
  let s = 0;
  for (const v of gen(3)) {
    s += v;
  }
  return s;
}
settrace(G);
console.log('result', main());
settrace(null);
