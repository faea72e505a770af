// conformance mode=self
const { settrace } = require('jstrace');
function name(t) { return t ? t.name : 'none'; }
function A(frame, event, arg) {
  console.log('A', event, frame.f_code.co_name, frame.f_lineno, name(frame.f_trace));
  if (event === 'line' && frame.f_lineno === 31) frame.f_trace = null;
  return null;
}
function B(frame, event, arg) {
  console.log('B', event, frame.f_code.co_name, frame.f_lineno, name(frame.f_trace));
  if (event === 'line' && frame.f_code.co_name === 'poke') frame.f_back.f_trace = A;
  return event !== 'return' ? B : A;
}
function G1(frame, event, arg) {
  console.log('G1', frame.f_code.co_name, frame.f_lineno, name(frame.f_trace));
  if (frame.f_code.co_name === 'poke') { settrace(G2); frame.f_trace = B; return null; }
  frame.f_trace = B;
  return A;
}
function G2(frame, event, arg) {
  console.log('G2', frame.f_code.co_name, frame.f_lineno, name(frame.f_trace));
  frame.f_trace = A;
  return null;
}
function poke(n) {
  return n + 1;
}
function work() {
  let n = 0;
  n += 1;
  n += 2;
  n += poke(n);
  n += 3;
  n += poke(n);
  n += 4;
  return n;
}
settrace(G1);
console.log('result', work());
settrace(null);
