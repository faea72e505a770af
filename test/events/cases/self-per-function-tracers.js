// conformance mode=self
const { settrace } = require('jstrace');
function tracer_a(frame, event, arg) {
  console.log('A', event, frame.f_code.co_name, frame.f_lineno);
  return tracer_a;
}
function tracer_b(frame, event, arg) {
  console.log('B', event, frame.f_code.co_name, frame.f_lineno);
  return tracer_b;
}
function glob(frame, event, arg) {
  console.log('G', event, frame.f_code.co_name, frame.f_lineno);
  if (frame.f_code.co_name === 'alpha') return tracer_a;
  if (frame.f_code.co_name === 'beta') return tracer_b;
  return null;
}
function beta(x) {
  return x + 1;
}
function gamma(z) {
  return z * 2;
}
function alpha(x) {
  const y = beta(x);
  return gamma(y);
}
settrace(glob);
alpha(1);
settrace(null);
