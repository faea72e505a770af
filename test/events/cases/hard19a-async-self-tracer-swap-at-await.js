// conformance mode=self
const { settrace } = require('jstrace');
let n = 0;
function L(frame, event, arg) { n += 1; console.log('L', n, event, frame.f_code.co_name, frame.f_lineno); if (event === 'return') { frame.f_trace_lines = !frame.f_trace_lines; return M; } return L; }
function M(frame, event, arg) { n += 1; console.log('M', n, event, frame.f_code.co_name, frame.f_lineno); return event === 'return' ? L : null; }
function G(frame, event, arg) {
  if (frame.f_code.co_filename !== __filename || frame.f_code.co_name === 'main') return null;
  n += 1; console.log('G', n, event, frame.f_code.co_name, frame.f_lineno, frame.f_trace === L ? 'L' : frame.f_trace === M ? 'M' : '-', frame.f_trace_lines ? 'y' : 'n');
  return frame.f_trace === null ? L : null;
}
async function inner(k) {
  let s = 0;
  for (let i = 0; i < k; i++) {
    s += await i;
  }
  return s;
}
async function outer() {
  const a = await inner(3);
  try {
    await Promise.reject(new Error('x'));
  } catch (e) {
    return a + (await inner(2));
  }
}
async function main() {
  settrace(G);
  console.log('got', await outer());
  settrace(null);
}
// (the twin defines its helpers here)

queueMicrotask(main);
