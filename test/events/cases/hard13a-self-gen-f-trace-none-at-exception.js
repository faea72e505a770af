// conformance mode=self
const { settrace } = require('jstrace');
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'exception' && frame.f_code.co_name === 'gen') frame.f_trace = null;
  return frame.f_trace === null ? null : local;
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
  const g = gen();
  g.next();
  try {
    g.next();
  } catch (e) {
    return 'c';
  }
}
settrace(glob);
main();
settrace(null);
