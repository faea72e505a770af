// conformance mode=self
const { settrace, gettrace } = require('jstrace');
let resumes = 0;
function glob(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'call' && frame.f_code.co_name === 'gen' && frame.f_lineno === 16) {
    resumes += 1;
    if (resumes === 2) throw new TypeError('on resume');
  }
  return glob;
}
function* gen() {
  let n = 0;
  while (n < 5) {
    try {
      yield n;
    } catch (e) {
      console.log('gen caught', e.constructor.name, gettrace() == null ? 'off' : 'on');
      settrace(glob);
      n = 10;
    }
    n += 1;
  }
}
function main() {
  const out = [];
  for (const v of gen()) {
    out.push(v);
  }
  return out.join(',');
}
settrace(glob);
console.log('main', main());
settrace(null);
