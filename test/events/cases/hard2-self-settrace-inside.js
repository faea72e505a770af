// conformance mode=self
const { settrace } = require('jstrace');
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  return local;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  return local;
}
function helper(x) {
  return x * 2;
}
function inner() {
  settrace(glob);
  let v = helper(1);
  v += 1;
  return v;
}
function outer() {
  let r = inner();
  r += helper(5);
  settrace(null);
  return r + helper(0);
}
outer();
console.log('after');
