// conformance mode=self
const { settrace, gettrace } = require('jstrace');
function name(t) { return t ? t.name : 'none'; }
function L(frame, event, arg) {
  console.log('L', event, frame.f_code.co_name, frame.f_lineno, name(gettrace()));
  if (event === 'line' && (frame.f_lineno === 25 || frame.f_lineno === 33)) settrace(null);
  if (event === 'return' && frame.f_code.co_name === 'inner' && arg === 6) settrace(null);
  return L;
}
function G(frame, event, arg) {
  console.log('G', event, frame.f_code.co_name, frame.f_lineno);
  return L;
}
function inner(x) {
  return x * 2;
}
function* ticks() {
  yield inner(1);
  settrace(G);
  yield inner(2);
  yield inner(3);
}
function outer() {
  const a = inner(1);
  const b = 2;
  const c = inner(b);
  settrace(G);
  const d = inner(3);
  const e = d + 1;
  settrace(G);
  const g = ticks();
  let f = g.next().value;
  f += g.next().value;
  f += g.next().value;
  const r = g.next(); f += r.done ? 100 : r.value;
  return a + b + c + d + e + f;
}
settrace(G);
console.log('result', outer(), name(gettrace()));
settrace(null);
