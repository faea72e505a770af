// conformance mode=self
const { settrace, gettrace } = require('jstrace');
class Trip extends Error {}
const plan = new Map([['inner 1', 1], ['outer 2', 1]]);
function T(frame, event, arg) {
  const n = frame.f_code.co_name;
  if (event === 'exception' && arg[0].name === 'StopIteration') return T;
  console.log(event, n, frame.f_lineno, event === 'exception' ? arg[0].name : event === 'return' ? (arg == null ? 'none' : arg) : '');
  if (event === 'return' && plan.get(n + ' ' + arg) === 1) { plan.set(n + ' ' + arg, 0); throw new Trip('ret ' + n + ' ' + String(arg)); }
  return T;
}
function* inner(base) {
  try {
    yield base + 1;
    yield base + 2;
  } catch (e) {
    console.log('inner caught', e.message, gettrace() === null ? 'True' : 'False');
    settrace(T);
    yield base + 3;
  }
}
function* outer() {
  try {
    yield* inner(0);
  } catch (e) {
    console.log('outer caught', e.message, gettrace() === null ? 'True' : 'False');
    settrace(T);
  }
  try {
    yield* inner(1);
  } catch (e) {
    console.log('outer caught', e.message, gettrace() === null ? 'True' : 'False');
    settrace(T);
    yield 7;
  }
}
function main() {
  const got = [];
  for (const v of outer()) {
    got.push(v);
  }
  return got.length * 100 + got[got.length - 1];
}
settrace(T);
console.log('result', main());
settrace(null);
