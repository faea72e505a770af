// conformance mode=self
const { settrace } = require('jstrace');
function* gen() {
  yield 1;
  yield 2;
}
const box = [];
function T(frame, event, arg) {
  if (!box.length) { box.push(gen()); box[0].next(); }
  console.log(event, frame.f_code.co_name, frame.f_lineno);
  return T;
}
function main() {
  return box[0].next().value;
}
settrace(T);
main();
settrace(null);
