// conformance mode=self
const { settrace, gettrace } = require('jstrace');
class Trip extends Error {}
function name(t) { return t ? t.name : 'none'; }
const plan = new Map([[22, 1], [31, 1], [45, 1]]);
function T(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[0].name : '', name(frame.f_trace));
  if (event === 'line' && plan.get(frame.f_lineno) === 1) { plan.set(frame.f_lineno, 0); throw new Trip('at ' + String(frame.f_lineno)); }
  return T;
}
function helper(x) {
  return x + 1;
}
function fin(tag) {
  console.log('fin', tag, name(gettrace()));
  return 0;
}
function a() {
  let t = 0;
  try {
    t = helper(1);
    t = helper(t);
  } catch (e) {
    console.log('a caught', e.message, name(gettrace()));
    settrace(T);
    t += helper(5);
  }
  return t;
}
function b() {
  const x = 1;
  return x;
}
function c() {
  try {
    return b();
  } finally {
    fin('c');
  }
}
function d() {
  let r = 0;
  try {
    r = c();
    r += helper(r);
  } catch (e) {
    console.log('d caught', e.message, name(gettrace()));
    settrace(T);
    r = helper(-1);
  }
  r += helper(r);
  return r;
}
function main() {
  const p = a();
  const q = d();
  return p * 10 + q;
}
settrace(T);
console.log('result', main(), name(gettrace()));
settrace(null);
