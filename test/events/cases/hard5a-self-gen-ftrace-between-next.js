// conformance mode=self
const { settrace, currentFrame } = require('jstrace');
let gf = null;
function L(frame, event, arg) {
  console.log('L', event, frame.f_code.co_name, frame.f_lineno, event === 'return' ? (arg ?? 'none') : '');
  return L;
}
function G(frame, event, arg) {
  console.log('G', event, frame.f_code.co_name, frame.f_lineno);
  return frame.f_code.co_name === 'gen' ? null : L;
}
function* gen() {
  gf = currentFrame();
  let k = 0;
  while (k < 5) {
    k += 1;
    yield k;
  }
}
function main() {
  const g = gen();
  let t = g.next().value;
  gf.f_trace = L;
  t += g.next().value;
  gf.f_trace_lines = false;
  t += g.next().value;
  gf.f_trace = null;
  gf.f_trace_lines = true;
  t += g.next().value;
  gf.f_trace = L;
  currentFrame().f_trace_lines = false;
  t += g.next().value;
  currentFrame().f_trace_lines = true;
  return t + (g.next().done ? 100 : 0);
}
settrace(G);
main();
settrace(null);
