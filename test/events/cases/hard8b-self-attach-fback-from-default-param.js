// conformance mode=self
const { settrace } = require('jstrace');
function L(frame, event, arg) {
  console.log('L', event, frame.f_code.co_name, event === 'call' ? '-' : frame.f_lineno, event === 'return' ? arg : '');
  return L;
}
function G(frame, event, arg) {
  console.log('G', event, frame.f_code.co_name);
  if (frame.f_code.co_name === 'width') return L;
  return null;
}
function width(k) {
  const f = require('jstrace').currentFrame().f_back;
  if (f.f_trace == null) f.f_trace = L;
  return k * 2;
}
function box(k, w = width(k),
             h = w + 1) {
  const area = w * h;
  return area + k;
}
function main() {
  let t = box(1);
  t += box(2, 3);
  t += box(3);
  return t;
}
settrace(G);
main();
settrace(null);
