// conformance mode=self
const { settrace } = require('jstrace');
function other(frame, event, arg) {
  console.log('other', event, frame.f_code.co_name, frame.f_lineno);
  return other;
}
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'exception' && frame.f_code.co_name === 'gen') frame.f_back.f_trace = other;
  return local;
}
function glob(frame, event, arg) {
  return local;
}
function* gen() {
  yield 1;
  throw new Error('g');
}
function consume() {
  let t = 0;
  for (const v of gen()) t += v;
  return t;
}
function main() {
  try {
    return consume();
  } catch (e) {
    return -1;
  }
}
settrace(glob);
main();
settrace(null);
