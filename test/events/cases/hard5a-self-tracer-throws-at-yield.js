// conformance mode=self
const { settrace, gettrace } = require('jstrace');
function glob(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno, event === 'return' ? (arg ?? 'none') : '');
  if (event === 'return' && arg === 2) throw new TypeError('at yield');
  return glob;
}
function* gen() {
  let n = 0;
  while (n < 3) {
    n += 1;
    try {
      yield n;
    } catch (e) {
      console.log('gen caught', e.constructor.name, gettrace() == null ? 'off' : 'on');
      settrace(glob);
      n += 10;
    }
  }
  n = -1;
}
function main() {
  const g = gen();
  let a = g.next().value;
  for (const v of g) {
    a += v;
  }
  console.log('main got', a);
  return a;
}
settrace(glob);
main();
settrace(null);
