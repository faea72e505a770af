// conformance mode=self
const { settrace } = require('jstrace');
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'line' && frame.f_lineno === 16) settrace(null);
  return local;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  return local;
}
function helper() {
  return 1;
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
    settrace(glob);
    t = helper();
  }
  return t;
}
settrace(glob);
main();
settrace(null);
