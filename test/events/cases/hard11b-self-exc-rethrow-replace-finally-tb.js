// conformance mode=self
const { settrace } = require('jstrace');
class Boom extends Error {}
class Other extends Error {}
function T(frame, event, arg) {
  let extra = '';
  if (event === 'exception') {
    let tb = arg[2]; const parts = [];
    while (tb != null) { parts.push(tb.tb_frame.f_code.co_name + ':' + String(tb.tb_lineno)); tb = tb.tb_next; }
    extra = arg[0].name + ' ' + arg[1].message + ' tb ' + parts.join(' ');
  }
  console.log(event, frame.f_code.co_name, frame.f_lineno, extra);
  return T;
}
function log(msg) {
  console.log('log', msg);
  return msg.length;
}
function leaf(n) {
  if (n % 2) throw new Boom('odd ' + String(n));
  throw new Other('even ' + String(n));
}
function inner(n) {
  try {
    leaf(n);
  } catch (e) {
    log('inner rethrow ' + e.constructor.name);
    throw e;
  } finally {
    log('inner finally');
  }
}
function middle(n) {
  try {
    inner(n);
  } finally {
    if (n > 2) throw new Other('replaced ' + String(n));
    log('middle finally');
  }
}
function outer(n) {
  try {
    middle(n);
  } catch (e) {
    log('outer got ' + e.constructor.name + ' ' + e.message);
    return -n;
  }
  return n;
}
function main() {
  return outer(1) + outer(2) + outer(3);
}
settrace(T);
console.log('result', main());
settrace(null);
