// conformance mode=self
const { settrace, gettrace } = require('jstrace');
class Boom extends Error {}
class Trip extends Error {}
function name(t) { return t ? t.name : 'none'; }
const plan = new Map([[23, 1], [26, 1], [39, 1]]);
function T(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[0].name : '');
  if (event === 'line' && plan.get(frame.f_lineno) === 1) { plan.set(frame.f_lineno, 0); throw new Trip('at ' + String(frame.f_lineno)); }
  return T;
}
function note(tag) {
  console.log('note', tag, name(gettrace()));
  return 0;
}
function risky(n) {
  throw new Boom('r' + String(n));
}
function step(n) {
  try {
    try {
      risky(n);
    } catch (e) {
      note('inner caught ' + e.message);
    } finally {
      note('inner finally');
    }
    note('after inner');
  } catch (e) {
    note('outer caught ' + e.constructor.name + ' ' + e.message);
    settrace(T);
  }
  return n;
}
function fin(n) {
  try {
    risky(n);
  } finally {
    note('fin finally');
  }
}
function main() {
  const r = step(1) + step(2) + step(3);
  for (const k of [4, 5]) {
    try {
      fin(k);
    } catch (e) {
      note('main caught ' + e.constructor.name + ' ' + e.message);
      settrace(T);
    }
  }
  return r;
}
settrace(T);
console.log('result', main());
settrace(null);
