// conformance mode=self
const { settrace } = require('jstrace');
function outer() {
  let x = 1;
  function f(p) {
    const y = 2;
    return x + y + p;
  }
  const r = f(100);
  return [r, x];
}
function tr(frame, event, arg) {
  if (frame.f_code.co_name === 'f' && event === 'call') { const l = frame.f_locals; l.x = 10; l.p = 200; }
  if (frame.f_code.co_name === 'f' && event === 'line') console.log('line', frame.f_lineno, frame.f_locals.x, frame.f_locals.p, frame.f_trace === tr);
  return tr;
}
settrace(tr);
console.log(outer().join(' '));
settrace(null);
console.log('done');
