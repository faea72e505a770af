// conformance mode=self
const { settrace } = require('jstrace');
function* gen() {
  yield 1;
  yield 2;
  yield 3;
}
const box = [gen()];
function T(frame, event, arg) {
  if (frame.f_code.co_name === 'main' && event === 'line' && frame.f_lineno === 16) box[0].next();
  console.log(event, frame.f_code.co_name, frame.f_lineno);
  return T;
}
function main() {
  const a = box[0].next().value;
  return box[0].next().value + a;
}
settrace(T);
main();
settrace(null);
