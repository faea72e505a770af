// conformance mode=self
const { settrace, gettrace } = require('jstrace');
function glob(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'call' && frame.f_code.co_name === 'gen') throw new RangeError('at gen call');
  return glob;
}
function* gen() {
  try {
    yield 1;
  } finally {
    console.log('gen finally');
  }
  yield 2;
}
function main() {
  const g = gen();
  let out = 0;
  try {
    out = g.next().value;
  } catch (e) {
    console.log('main caught', e.constructor.name, gettrace() == null ? 'off' : 'on');
  }
  settrace(glob);
  const r = g.next();
  console.log('again', r.done ? 'done' : r.value);
  return out;
}
settrace(glob);
main();
settrace(null);
