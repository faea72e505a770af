// conformance mode=self
const { settrace } = require('jstrace');
function sq(x) { return x * x; }
function t(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno);
  return t;
}
function once(frame, event, arg) {
  console.log('once', event, frame.f_code.co_name); settrace(null);
  return t;
}
function* gen() {
  yield sq(1);
  settrace(null); yield sq(2);
  settrace(t); yield sq(3);
  settrace(once); yield sq(4);
}
let total = 0;
for (let i = 0; i < 4; i++) {
  settrace(i % 2 ? t : null); total += sq(i); settrace(null);
}
settrace(once); total += sq(5); total += sq(6); settrace(t);
for (const v of gen()) total += sq(v);
settrace(null);
console.log('total', total);
