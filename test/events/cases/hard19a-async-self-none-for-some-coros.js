// conformance mode=self
const { settrace } = require('jstrace');
let n = 0;
function L(frame, event, arg) { n += 1; console.log('L', n, event, frame.f_code.co_name, frame.f_lineno); return event === 'line' && frame.f_lineno === 15 ? null : L; }
function G(frame, event, arg) {
  if (frame.f_code.co_filename !== __filename || frame.f_code.co_name === 'main') return null;
  n += 1; console.log('G', n, frame.f_code.co_name, frame.f_lineno, frame.f_trace === L ? 'L' : frame.f_trace === null ? '-' : '?');
  if (frame.f_code.co_name === 'quiet') return n % 2 === 0 ? L : null;
  return L;
}
async function quiet(k) {
  let s = 0;
  for (let i = 0; i < k; i++) {
    await null;
    s += i;
  }
  return s;
}
async function loud(k) {
  const v = await quiet(k);
  await null;
  return v + 1;
}
async function main() {
  settrace(G);
  const [a, b] = await Promise.all([loud(2), quiet(3)]);
  settrace(null);
  console.log('done', a, b);
}
queueMicrotask(main);
