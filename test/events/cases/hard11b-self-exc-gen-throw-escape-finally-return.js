// conformance mode=self
const { settrace } = require('jstrace');
class Boom extends Error {}
class Other extends Error {}
function T(frame, event, arg) {
  let extra = event === 'return' ? (arg == null ? 'none' : String(arg)) : '';
  if (event === 'exception') {
    let tb = arg[2]; const parts = [];
    while (tb != null) { parts.push(tb.tb_frame.f_code.co_name + ':' + String(tb.tb_lineno)); tb = tb.tb_next; }
    extra = arg[0].name + ' tb ' + parts.join(' ');
  }
  console.log(event, frame.f_code.co_name, frame.f_lineno, extra);
  return T;
}
function cleanup(tag) {
  return tag * 2;
}
function* worker() {
  let total = 0;
  while (true) {
    try {
      const x = yield total;
      total += x;
    } catch (e) {
      total += 100;
      cleanup(total);
    } finally {
      cleanup(1);
    }
    if (total > 200) throw new Other('too big');
  }
}
function swallow() {
  try {
    throw new Boom('lost');
  } finally {
    cleanup(3);
    return 'swallowed';
  }
}
function feed(g) {
  g.next(5);
  g.throw(new Boom('one'));
  return g.throw(new Boom('two'));
}
function main() {
  const g = worker();
  g.next();
  try {
    feed(g);
  } catch (e) {
    cleanup(0);
  }
  return swallow();
}
settrace(T);
console.log('result', main());
settrace(null);
