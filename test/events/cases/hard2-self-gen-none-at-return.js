// conformance mode=self
const { settrace } = require('jstrace');
function gen_tr(frame, event, arg) {
  console.log('gen', event, frame.f_code.co_name, frame.f_lineno);
  return event === 'return' ? null : gen_tr;
}
function main_tr(frame, event, arg) {
  if (event !== 'exception') console.log('main', event, frame.f_code.co_name, frame.f_lineno);
  return null;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  if (frame.f_code.co_name === 'main') return main_tr;
  return frame.f_lineno === frame.f_code.co_firstlineno ? gen_tr : null;
}
function* counter() {
  let i = 0;
  while (i < 2) {
    yield i;
    i += 1;
  }
}
function main() {
  let s = 0;
  for (const v of counter()) {
    s += v;
  }
  return s;
}
settrace(glob);
main();
settrace(null);
