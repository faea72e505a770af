// conformance mode=self
const { settrace, currentFrame } = require('jstrace');
function show(tag, frame, event, arg) {
  console.log(tag, event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[0].name : event === 'return' ? (arg == null ? 'none' : arg) : '');
}
function L(frame, event, arg) {
  show('L', frame, event, arg);
  return L;
}
function K(frame, event, arg) {
  show('K', frame, event, arg);
  return null;
}
function G(frame, event, arg) {
  show('G', frame, event, arg);
  return frame.f_code.co_name === 'work' ? L : null;
}
function quiet(on) {
  const caller = currentFrame().f_back;
  caller.f_trace_lines = on;
  if (on && caller.f_back.f_trace == null) caller.f_back.f_trace = K;
  return on;
}
function work(n) {
  let total = 0;
  quiet(false);
  for (let i = 0; i < n; i++) {
    total += i;
  }
  currentFrame().f_trace_lines = true;
  total += 1;
  quiet(true);
  return total;
}
function main() {
  const a = work(2);
  const b = work(1);
  return a + b;
}
settrace(G);
console.log('result', main());
settrace(null);
