// conformance mode=self
const { settrace } = require('jstrace');
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'line' && frame.f_lineno === 16) settrace(null);
  return local;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  if (frame.f_code.co_name === 'main') return null;
  return local;
}
function* gen() {
  let x = 1;
  yield x;
  x += 1;
  yield x;
  x += 1;
  yield x;
}
function main() {
  const g = gen();
  const a = g.next().value;
  const b = g.next().value;
  settrace(glob);
  const c = g.next().value;
  settrace(null);
  console.log('values', a, b, c);
}
settrace(glob);
main();
