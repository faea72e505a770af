// conformance mode=self
const { settrace, gettrace } = require('jstrace');
function L(frame, event, arg) {
  console.log('L', event, frame.f_code.co_name, frame.f_lineno, arg ?? 'none');
  if (event === 'line' && frame.f_lineno === 20) settrace(null);
  return L;
}
function G(frame, event, arg) {
  console.log('G', event, frame.f_code.co_name, frame.f_lineno, gettrace().name);
  return L;
}
function revive(x) {
  let y = x * 2;
  settrace(G);
  y += 1;
  return y;
}
function outer() {
  let a = 1;
  a += 1;
  a += leaf(a);
  a += revive(a);
  a += leaf(a);
  return a;
}
function leaf(v) {
  return v + 1;
}
settrace(G);
console.log('result', outer());
settrace(null);
