// conformance mode=self
const { settrace } = require('jstrace');
const frames = {};
function L(frame, event, arg) {
  console.log('L', event, frame.f_code.co_name, frame.f_lineno, event === 'return' ? (arg == null ? 'none' : arg) : '');
  return L;
}
function G(frame, event, arg) {
  console.log('G', event, frame.f_code.co_name, frame.f_lineno);
  frames[frame.f_code.co_name] = frame;
  return frame.f_code.co_name === 'main' ? L : null;
}
function* counter(n) {
  let i = 0;
  while (i < n) {
    yield i;
    i += 1;
  }
}
function main() {
  const g = counter(4);
  const a = g.next().value;
  frames['counter'].f_trace = L;
  const b = g.next().value;
  frames['counter'].f_trace = null;
  const c = g.next().value;
  settrace(null);
  frames['counter'].f_trace = L;
  const d = g.next().value;
  settrace(G);
  const r = g.next(), e = r.done ? -1 : r.value;
  return a + b + c + d + e;
}
settrace(G);
console.log('result', main());
settrace(null);
