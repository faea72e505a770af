// conformance mode=self
const { settrace } = require('jstrace');
const state = [3];
function tracer(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'call' && frame.f_code.co_name === 'cmp') {
    state[0] -= 1;
    if (state[0] === 0) {
      throw new RangeError('budget');
    }
  }
  return tracer;
}
function cmp(a, b) {
  return a - b;
}
function main() {
  const xs = [3, 1, 2, 5, 4];
  let r = 0;
  try {
    xs.sort(cmp);
  } catch (e) {
    r = -1;
    settrace(tracer);
  }
  const ys = [2, 1].sort(cmp);
  return r + ys[0];
}
settrace(tracer);
main();
settrace(null);
