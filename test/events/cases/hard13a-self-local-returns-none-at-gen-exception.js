// conformance mode=self
const { settrace } = require('jstrace');
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'exception') return null;
  return local;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  return local;
}
function* inner() {
  yield 1;
  throw new Error('g');
}
function* outer() {
  yield* inner();
}
function main() {
  try {
    for (const v of outer()) console.log('got', v);
  } catch (e) {
    console.log('caught');
  }
}
settrace(glob);
main();
settrace(null);
