// conformance mode=self
const { settrace, gettrace } = require('jstrace');
class Trip extends Error {}
const state = { armed: 0 };
function T(frame, event, arg) {
  const n = frame.f_code.co_name;
  if (event === 'exception' && arg[0].name === 'StopIteration') return T;
  console.log(event, n, frame.f_lineno, event === 'exception' ? arg[0].name : event === 'return' ? (arg == null ? 'none' : arg) : '');
  if (event === 'call' && n === 'outer' && frame.f_lineno === 23 && state.armed) { state.armed = 0; throw new Trip('resume'); }
  return T;
}
const inners = [];
function* inner() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('inner finally');
  }
}
function* outer() {
  try {
    const it = inner(); inners.push(it); yield* it;
  } catch (e) {
    console.log('outer caught', e.message, gettrace() === null ? 'True' : 'False');
    settrace(T);
    yield 9;
  }
}
function main() {
  const g = outer();
  const a = g.next().value;
  state.armed = 1;
  const b = g.next().value;
  const c = g.next().value;
  const r = inners[0].next(); const d = r.done ? 'done' : r.value;
  return String(a) + String(b) + (c === undefined ? 'None' : String(c)) + d;
}
settrace(T);
console.log('result', main());
settrace(null);
