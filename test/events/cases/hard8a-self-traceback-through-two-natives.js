// conformance mode=self
const { settrace } = require('jstrace');
function tracer(frame, event, arg) {
  if (event === 'exception') {
    const names = [];
    for (let tb = arg[2]; tb !== null; tb = tb.tb_next) {
      names.push(tb.tb_frame.f_code.co_name + '@' + tb.tb_lineno + '/' + tb.tb_frame.f_lineno);
    }
    console.log(event, frame.f_code.co_name, frame.f_lineno, names.join(' '));
  }
  return tracer;
}
class Bad extends Error {}
function check(v) {
  if (v === 0) {
    throw new Bad('zero');
  }
  return v;
}
function cmp(a, b) {
  return check(a) - check(b);
}
function order(xs) {
  return xs.slice().sort(cmp);
}
function main() {
  try {
    return [[2, 1], [3, 0]].map(order).length;
  } catch (e) {
    return -1;
  }
}
settrace(tracer);
main();
settrace(null);
