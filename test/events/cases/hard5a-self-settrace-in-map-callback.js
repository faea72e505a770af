// conformance mode=self
const { settrace } = require('jstrace');
function glob(frame, event, arg) {
  console.log('G', event, frame.f_code.co_name, frame.f_lineno);
  return frame.f_code.co_name === 'helper' ? null : glob;
}
function helper(x) {
  return x + 1;
}
function* gen() {
  yield 1;
  yield 2;
}
function cb(x) {
  if (x === 1) {
    settrace(glob);
  }
  return helper(x);
}
function run() {
  const g = gen();
  const ys = [1, 2, 3].map(cb);
  let t = ys[0];
  t += helper(t);
  for (const v of g) {
    t += v;
  }
  return t;
}
run();
settrace(null);
