// conformance mode=self
const { settrace } = require('jstrace');
let calls = 0;
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  return local;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  if (frame.f_code.co_name === 'gen') calls += 1;
  if (frame.f_code.co_name === 'gen' && calls === 1) return null;
  return local;
}
function* gen() {
  yield 1;
  throw new Error('g');
}
function main() {
  let t = 0;
  try {
    for (const v of gen()) t += v;
  } catch (e) {
    t = -1;
  }
  return t;
}
settrace(glob);
main();
settrace(null);
