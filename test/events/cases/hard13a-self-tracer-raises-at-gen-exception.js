// conformance mode=self
const { settrace } = require('jstrace');
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'exception' && frame.f_code.co_name === 'gen') throw new Error('tracer');
  return local;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  return local;
}
function* gen() {
  yield 1;
  throw new Error('g');
}
function main() {
  let msg = '';
  try {
    for (const v of gen()) msg += v;
  } catch (e) {
    msg = e.message;
  }
  console.log('caught', msg);
}
settrace(glob);
main();
settrace(null);
