// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno);
  return T;
}
function add(a, b) {
  return a + b;
}
function hot(n, on, off) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s = add(s, i);
    if (i === on) settrace(T);
    if (i === off) settrace(null);
  }
  return s;
}
let total = 0;
for (let r = 0; r < 30; r++) total += hot(100000, -1, -1);
for (let r = 0; r < 4; r++) total += hot(100000, 99990 + r, 99992 + r);
for (let r = 0; r < 20; r++) total += hot(100000, -1, -1);
total += hot(100000, 99900, 99998);
console.log('total', total);
