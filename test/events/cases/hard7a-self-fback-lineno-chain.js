// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  if (frame.f_code.co_name !== 'where') return T;
  const chain = [];
  for (let f = frame.f_back; f !== null && f.f_code.co_name !== '<module>'; f = f.f_back) chain.push(f.f_code.co_name + '@' + f.f_lineno);
  console.log(event, frame.f_locals.tag, chain.join(' < '));
  return T;
}
function where(tag) {
  return tag.length;
}
function* gen() {
  yield where('gen-first');
  try {
    yield 1;
  } finally {
    where('gen-finally');
  }
}
function work() {
  let n = 0;
  while (where('header') + n < 8) {
    n += 4;
  }
  for (const v of gen()) {
    n += v;
  }
  try {
    throw new Error('x');
  } catch (e) {
    n += where('catch');
  } finally {
    n += where('finally');
  }
  return n + where('return');
}
settrace(T);
console.log('result', work());
settrace(null);
