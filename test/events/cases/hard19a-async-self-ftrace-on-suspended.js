// conformance mode=self
const { settrace } = require('jstrace');
let saved = null;
function L(frame, event, arg) { console.log('L', event, frame.f_code.co_name, frame.f_lineno); return event === 'line' && frame.f_lineno === 15 ? null : L; }
function G(frame, event, arg) {
  if (frame.f_code.co_filename !== __filename || frame.f_code.co_name === 'main') return null;
  console.log('G', event, frame.f_code.co_name, frame.f_lineno, frame.f_trace === L ? 'L' : '-');
  if (frame.f_code.co_name === 'sleeper' && saved === null) saved = frame;
  return null;
}
async function sleeper() {
  let x = 0;
  await null;
  x = await 5;
  x += await 6;
  await null;
  return x;
}
async function poker() {
  await null;
  saved.f_trace = L;
  return saved.f_lineno;
}
async function main() {
  settrace(G);
  const a = sleeper(), b = poker();
  console.log('got', await a, await b);
  settrace(null);
}
queueMicrotask(main);
