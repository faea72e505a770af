// conformance mode=self
const { settrace } = require('jstrace');
function chain(tb) {
  const out = [];
  let t = tb;
  for (; t != null; t = t.tb_next) out.push(t.tb_frame.f_code.co_name + '@' + t.tb_lineno);
  return out.join(' ');
}
function glob(frame, event, arg) {
  if (event === 'exception') console.log('exc', frame.f_code.co_name, frame.f_lineno, arg[1].message, chain(arg[2]));
  return glob;
}
function leaf(n) {
  if (n > 0) throw new Error('leaf' + n);
  return 0;
}
function cleanup() {
  try {
    leaf(2);
  } catch (e) {
    return 1;
  }
}
function mid(n) {
  try {
    return leaf(n);
  } finally {
    cleanup();
  }
}
function top() {
  let r = '';
  try {
    mid(1);
  } catch (e) {
    r = e.message;
  }
  return r;
}
settrace(glob);
console.log('result', top());
settrace(null);
