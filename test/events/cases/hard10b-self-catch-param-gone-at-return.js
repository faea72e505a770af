// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  if (frame.f_code.co_name === 'f' && event === 'return') console.log(event, frame.f_lineno, Object.keys(frame.f_locals).sort().join(','));
  return T;
}
function f(v) {
  let i = 0;
  try {
    if (v > 0) throw new Error('x');
    i = 5;
  } catch (e) {
    i += 1;
  }
}
settrace(T);
f(1); f(0);
settrace(null);
