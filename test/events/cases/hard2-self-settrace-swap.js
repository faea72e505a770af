// conformance mode=self
const { settrace } = require('jstrace');
function loc1(frame, event, arg) {
  console.log('L1', event, frame.f_code.co_name, frame.f_lineno);
  return loc1;
}
function loc2(frame, event, arg) {
  console.log('L2', event, frame.f_code.co_name, frame.f_lineno);
  return loc2;
}
function g1(frame, event, arg) {
  console.log('G1', event, frame.f_code.co_name, frame.f_lineno);
  return loc1;
}
function g2(frame, event, arg) {
  console.log('G2', event, frame.f_code.co_name, frame.f_lineno);
  return loc2;
}
function leaf(x) {
  return x + 1;
}
function work() {
  let a = leaf(1);
  settrace(g2);
  a += leaf(a);
  return a;
}
settrace(g1);
work();
settrace(null);
