// conformance mode=self
const { settrace } = require('jstrace');
function G(frame, event, arg) {
  if (frame.f_code.co_filename !== __filename || frame.f_code.co_name === 'main') return null;
  if (event === 'exception') console.log('E', frame.f_code.co_name, arg[2].tb_frame.f_code.co_name, arg[2].tb_next === null ? '-' : arg[2].tb_next.tb_frame.f_code.co_name);
  return G;
}
async function a() {
  await null;
  throw new Error('x');
}
async function b() {
  try {
    await a();
  } catch (e) {
    return 'ok';
  }
}
async function main() {
  settrace(G);
  console.log(await b());
  settrace(null);
}
queueMicrotask(main);
