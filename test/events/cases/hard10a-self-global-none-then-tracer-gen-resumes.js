// conformance mode=self
const { settrace } = require('jstrace');
const seen = {};
function L(frame, event, arg) {
  console.log('L', event, frame.f_code.co_name, frame.f_lineno, frame.f_trace_lines ? 'True' : 'False');
  if (event === 'return' && frame.f_code.co_name === 'gen') frame.f_trace_lines = !frame.f_trace_lines;
  return L;
}
function G(frame, event, arg) {
  const name = frame.f_code.co_name;
  seen[name] = (seen[name] || 0) + 1;
  console.log('G', name, frame.f_lineno, seen[name], frame.f_trace != null ? 'True' : 'False');
  if (name === 'gen' && (seen[name] === 1 || seen[name] === 4)) return null;
  return L;
}
function* gen(n) {
  let i = 0;
  while (i < n) {
    const v = i * i;
    yield v;
    i += 1;
  }
  return -1;
}
function main() {
  let t = 0;
  for (const v of gen(6)) {
    t += v;
  }
  return t;
}
settrace(G);
console.log('result', main());
settrace(null);
