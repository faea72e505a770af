// conformance mode=self
const { settrace } = require('jstrace');
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno);
  return local;
}
function glob2(frame, event, arg) {
  console.log('glob2', event, frame.f_code.co_name, frame.f_lineno);
  return local;
}
function glob1(frame, event, arg) {
  console.log('glob1', event, frame.f_code.co_name, frame.f_lineno);
  return null;
}
function helper(x) {
  return x + 1;
}
function* gen() {
  let v = helper(0);
  yield v;
  settrace(glob2);
  v = helper(v);
  yield v;
  v += 1;
  yield v;
}
function main() {
  const g = gen();
  let total = g.next().value;
  total += g.next().value;
  total += helper(10);
  total += g.next().value;
  g.next();
  settrace(null);
  return total;
}
settrace(glob1);
main();
settrace(null);
console.log('done');
