// conformance mode=self
const { settrace, gettrace } = require('jstrace');
function glob(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'return' && frame.f_code.co_name === 'gen' && arg === 'end') throw new RangeError('at end');
  return glob;
}
function* gen() {
  yield 1;
  yield 2;
  return 'end';
}
function main() {
  let s = 0;
  try {
    for (const v of gen()) {
      s += v;
    }
  } catch (e) {
    console.log('main caught', e.constructor.name, s, gettrace() == null ? 'off' : 'on');
  }
  settrace(glob);
  return s;
}
settrace(glob);
main();
console.log('after', gettrace() == null ? 'off' : 'on');
settrace(null);
