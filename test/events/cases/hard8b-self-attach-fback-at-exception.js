// conformance mode=self
const { settrace } = require('jstrace');
function L(frame, event, arg) {
  console.log('L', event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'exception' && frame.f_back && frame.f_back.f_trace == null) frame.f_back.f_trace = L;
  return L;
}
function G(frame, event, arg) {
  console.log('G', event, frame.f_code.co_name, frame.f_lineno);
  return frame.f_code.co_name === 'gen' ? L : null;
}
class Oops extends Error {}
function* gen(k) {
  yield k;
  if (k > 1) throw new Oops('k');
  yield k + 1;
}
function mid(g) {
  let s = g.next().value;
  try {
    s += g.next().value;
  } finally {
    s = -s;
  }
  return s;
}
function top(k) {
  try {
    return mid(gen(k));
  } catch (e) {
    return 0;
  }
}
function main() {
  const a = top(2);
  const g = gen(1);
  return a + mid(g) + (g.next().value ?? 0);
}
settrace(G);
main();
settrace(null);
