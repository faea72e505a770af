// conformance mode=self
const { settrace, gettrace } = require('jstrace');
function L(frame, event, arg) { console.log('L', event, frame.f_code.co_name, frame.f_lineno); return L; }
function G(frame, event, arg) {
  if (frame.f_code.co_filename !== __filename || frame.f_code.co_name === 'main') return null;
  console.log('G', event, frame.f_code.co_name, frame.f_lineno);
  if (frame.f_code.co_name === 'work' && frame.f_lineno === 13) throw new Error('tracer');
  return L;
}
async function work() {
  let s = 1;
  try {
    await null;
    s = 2;
  } catch (e) {
    s = 3;
  }
  await null;
  return s;
}
async function main() {
  settrace(G);
  const r = await work();
  console.log('got', r, gettrace() === null ? 'y' : 'n');
}
queueMicrotask(main);
