// conformance mode=self
const { settrace } = require('jstrace');
function tb(t) { const out = []; for (; t; t = t.tb_next) out.push(t.tb_frame.f_code.co_name + ':' + t.tb_lineno); return out.join(' '); }
function G(frame, event, arg) {
  if (frame.f_code.co_filename !== __filename || frame.f_code.co_name === 'main' || frame.f_code.co_name === 'rej') return null;
  if (event === 'exception') console.log('E', frame.f_code.co_name, frame.f_lineno, tb(arg[2]));
  return G;
}
function check(x) {
  if (x > 1) throw new Error('big');
  return x;
}
async function a(x) {
  await null;
  return check(x);
}
async function b(x) {
  try {
    return await a(x);
  } finally {
    await null;
  }
}
async function c() {
  try {
    await b(2);
  } catch (e) {
    return 'ok';
  }
}
async function main() {
  settrace(G);
  console.log(await c());
  settrace(null);
}
// (the twin defines its helpers here)
queueMicrotask(main);
