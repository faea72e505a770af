// conformance mode=self
const { settrace } = require('jstrace');
class Boom extends Error {}
function fmt(event, arg) {
  return event === 'exception' ? arg[0].name : event === 'return' ? (arg == null ? 'none' : String(arg)) : '';
}
function odd(frame, event, arg) {
  console.log('odd', event, frame.f_code.co_name, frame.f_lineno, fmt(event, arg));
  return event === 'line' && frame.f_lineno % 2 === 1 ? even : null;
}
function even(frame, event, arg) {
  console.log('even', event, frame.f_code.co_name, frame.f_lineno, fmt(event, arg));
  if (event === 'line' && frame.f_lineno % 3 === 0) return odd;
  return event === 'return' || event === 'exception' ? odd : null;
}
const seen = new Set();
function glob(frame, event, arg) {
  console.log('glob', event, frame.f_code.co_name, frame.f_lineno, seen.has(frame) ? 'seen' : 'new');
  if (seen.has(frame)) return null;
  seen.add(frame); return odd;
}
function* gen(n) {
  let i = 0;
  while (i < n) {
    yield i * 10;
    i += 1;
  }
}
function work(n) {
  let t = 0;
  for (const v of gen(n)) {
    t += v;
    if (v === 10) t += 1;
  }
  try {
    throw new Boom('w');
  } catch (e) {
    t += 100;
  }
  return t;
}
settrace(glob);
console.log('result', work(3));
settrace(null);
