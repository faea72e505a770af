// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  const name = frame.f_code.co_name;
  if (event === 'line' && name === 'counter' && frame.f_lineno === 15 && frame.f_locals.i === 2) {
    frame.f_locals.i = 5;
    console.log('skip to 5');
  }
  if (event === 'line' && name === 'fold' && frame.f_lineno === 25) frame.f_locals.acc = frame.f_locals.acc * 100;
  return T;
}
function* counter(n) {
  let i = 0;
  while (i < n) {
    yield i;
    i += 1;
  }
}
function fold(items) {
  let acc = 0;
  function add(v) {
    acc += v;
    return acc;
  }
  for (const v of items) {
    if (v === 6) throw new Error('six ' + add(v));
    add(v);
  }
  return acc;
}
function main() {
  const got = [];
  for (const v of counter(7)) {
    got.push(v);
  }
  try {
    return fold(got);
  } catch (e) {
    return e.message;
  }
}
settrace(T);
console.log('result', main());
settrace(null);
