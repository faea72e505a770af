// conformance mode=self
const { settrace } = require('jstrace');
function* counter(start) {
  let n = start;
  for (let i = 0; i < 3; i++) {
    const step = yield n;
    n += step || 1;
  }
  return n;
}
let g = null;
function show(frame, event, arg) {
  if (g === null && frame.f_code.co_name === 'main') { g = counter(10); g.next(); }
  if (frame.f_code.co_name === 'counter') console.log(event, frame.f_lineno, Object.keys(frame.f_locals).sort().join(','), frame.f_back ? frame.f_back.f_code.co_name : null);
  return null;
}
function main() {
  let total = g.next(5).value;
  for (const v of g) total += v;
  return total;
}
settrace(show);
console.log('total', main());
settrace(null);
