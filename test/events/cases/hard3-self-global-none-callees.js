// conformance mode=self
const { settrace } = require('jstrace');
class Oops extends Error {}
function local(frame, event, arg) {
  const extra = event === 'exception' ? arg[0].name : '';
  console.log('local', event, frame.f_code.co_name, frame.f_lineno, extra);
  return local;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  if (frame.f_code.co_name.startsWith('mid')) return null;
  return local;
}
function leaf(n) {
  if (n > 1) {
    throw new Oops('leaf');
  }
  return n;
}
function mid_inner(n) {
  return leaf(n) + leaf(n + 1);
}
function mid_outer(n) {
  let r = mid_inner(n);
  return r;
}
function top() {
  let total = mid_outer(0);
  try {
    total += mid_outer(1);
  } catch (e) {
    total += 100;
  }
  return total;
}
settrace(glob);
top();
settrace(null);
console.log('done');
