// conformance mode=self
const { settrace } = require('jstrace');
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  return local;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  if (frame.f_code.co_name === 'main') return null;
  return local;
}
function* gen() {
  yield 1;
  throw new Error('g');
}
function mid() {
  let t = 0;
  for (const v of gen()) t += v;
  return t;
}
function main() {
  try {
    mid();
  } catch (e) {
    return -1;
  }
}
settrace(glob);
main();
settrace(null);
