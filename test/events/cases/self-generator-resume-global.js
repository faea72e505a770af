// conformance mode=self
const { settrace } = require('jstrace');
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  return local;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  if (frame.f_code.co_name === 'gen' && frame.f_lineno === frame.f_code.co_firstlineno) return local;
  return null;
}
function* gen() {
  yield 1;
  yield 2;
}
function main() {
  let total = 0;
  for (const v of gen()) {
    total += v;
  }
  return total;
}
settrace(glob);
main();
settrace(null);
