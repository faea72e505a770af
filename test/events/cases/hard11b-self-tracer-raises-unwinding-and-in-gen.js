// conformance mode=self
const { settrace, gettrace } = require('jstrace');
class Boom extends Error {}
class Trip extends Error {}
const plan = new Map([['return deep', 1], ['line gen', 1], ['exception gen2', 1]]);
function T(frame, event, arg) {
  const n = frame.f_code.co_name;
  console.log(event, n, frame.f_lineno, event === 'exception' ? arg[0].name : event === 'return' ? (arg == null ? 'none' : arg) : '');
  if (plan.get(event + ' ' + n) === 1 && (event !== 'line' || frame.f_lineno === 28)) { plan.set(event + ' ' + n, 0); throw new Trip(event + ' ' + n); }
  return T;
}
function deep() {
  try {
    throw new Boom('deep');
  } finally {
    console.log('deep finally');
  }
}
function shallow() {
  try {
    return deep();
  } finally {
    console.log('shallow finally', gettrace() === null ? 'True' : 'False');
  }
}
function* gen() {
  yield 1;
  yield 2;
  yield 3;
}
function* gen2() {
  yield 10;
  throw new Boom('gen2');
}
function drain(g) {
  const out = [];
  try {
    for (const v of g) {
      out.push(v);
    }
  } catch (e) {
    console.log('drain caught', e.constructor.name, e.message, gettrace() === null ? 'True' : 'False');
    settrace(T);
  }
  const r = g.next(); out.push(r.done ? -1 : r.value);
  return out[out.length - 1] + out.length;
}
function main() {
  try {
    shallow();
  } catch (e) {
    console.log('main caught', e.constructor.name, e.message, gettrace() === null ? 'True' : 'False');
    settrace(T);
  }
  return drain(gen()) * 100 + drain(gen2());
}
settrace(T);
console.log('result', main());
settrace(null);
