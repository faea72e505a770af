// conformance mode=self
const { settrace, gettrace } = require('jstrace');
let saved = null; let n = 0;
function L(frame, event, arg) { n += 1; console.log('L', n, event, frame.f_code.co_name, frame.f_lineno, frame.f_trace_lines); return step(frame, event, L); }
function M(frame, event, arg) { n += 1; console.log('M', n, event, frame.f_code.co_name, frame.f_lineno, frame.f_trace_lines); return step(frame, event, M); }
function G(frame, event, arg) {
  if (frame.f_code.co_filename !== __filename || frame.f_code.co_name === 'main') return null;
  n += 1; console.log('G', n, event, frame.f_code.co_name, frame.f_lineno);
  if (frame.f_code.co_name === 'slow' && saved === null) saved = frame;
  return n % 4 === 0 ? null : L;
}
function step(frame, event, me) {
  if (n === 9) { saved.f_trace_lines = false; return M; }
  if (n === 14) { settrace(null); return me; }
  if (n === 20) { saved.f_trace = M; saved.f_trace_lines = true; return null; }
  if (n === 24) { frame.f_trace = null; return null; }
  return me;
}
async function slow(k) {
  let s = 0;
  while (s < k) {
    await null;
    s += 1;
  }
  return s;
}
async function fast(k) {
  const t = await slow(k);
  return t * 2;
}
async function main() {
  settrace(G);
  const a = fast(4);
  const b = slow(2);
  console.log('got', await b, gettrace() == null ? '-' : 'G');
  settrace(G);
  console.log('got', await a);
  settrace(null);
}
queueMicrotask(main);
