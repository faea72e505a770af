// conformance mode=self
const { settrace } = require('jstrace');
class Boom extends Error {}
function T(frame, event, arg) {
  const b = frame.f_back; const bn = b ? b.f_code.co_name : 'none'; const bl = b && bn !== '<module>' ? b.f_lineno : 0;
  console.log(event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[0].name : '', 'back', bn === '<module>' ? 'none' : bn, bl);
  return T;
}
const calls = {};
function G(frame, event, arg) {
  const name = frame.f_code.co_name; calls[name] = (calls[name] || 0) + 1;
  console.log('G', name, frame.f_lineno, calls[name]);
  if (name === 'mid' || (name === 'gen' && calls[name] === 1)) return null;
  return T;
}
function leaf(n) {
  if (n > 1) throw new Boom('leaf');
  return n;
}
function mid(n) {
  const x = leaf(n);
  const y = leaf(n + 1);
  return x + y;
}
function* gen() {
  yield mid(0);
  yield mid(1);
  yield mid(2);
}
function top() {
  let t = 0;
  try {
    for (const v of gen()) {
      t += v;
    }
  } catch (e) {
    t += 100;
  }
  return t;
}
settrace(G);
console.log('result', top());
settrace(null);
