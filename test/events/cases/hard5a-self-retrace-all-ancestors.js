// conformance mode=self
const { settrace, currentFrame } = require('jstrace');
function mk(tag) {
  return function t(frame, event, arg) {
    console.log(tag, event, frame.f_code.co_name, frame.f_lineno, event === 'return' ? arg : '');
    return null;
  };
}
const NEW = mk('new');
function glob(frame, event, arg) {
  console.log('G', event, frame.f_code.co_name, frame.f_lineno);
  return frame.f_code.co_name === 'down' ? mk('d' + frame.f_locals.n) : null;
}
function retrace(f) {
  for (; f != null; f = f.f_back) f.f_trace = f.f_code.co_name === 'down' ? NEW : null;
}
function down(n) {
  if (n === 0) {
    retrace(currentFrame());
    return 0;
  }
  const r = down(n - 1) + 1;
  return r;
}
function start() {
  return down(2);
}
settrace(glob);
start();
settrace(null);
