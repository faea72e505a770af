// conformance mode=self
const { settrace, gettrace } = require('jstrace');
class Trip extends Error {}
function name(t) { return t ? t.name : 'none'; }
const plan = new Map([['own', 1], ['leaf', 1], ['gen', 1], ['mid', 1]]);
function T(frame, event, arg) {
  const n = frame.f_code.co_name;
  console.log(event, n, frame.f_lineno, event === 'exception' ? arg[0].name : event === 'return' ? (arg == null ? 'none' : arg) : '');
  if (event === 'return' && plan.get(n) === 1) { plan.set(n, 0); throw new Trip('ret ' + n); }
  return T;
}
function own() {
  try {
    return 1;
  } finally {
    console.log('own finally', name(gettrace()));
    leaf();
  }
}
function leaf() {
  return 2;
}
function mid() {
  let v = 0;
  try {
    v = leaf();
  } catch (e) {
    console.log('mid caught', e.message, name(gettrace()));
    settrace(T);
    v = 20;
  }
  return v;
}
function* gen() {
  try {
    yield 5;
    yield 6;
  } catch (e) {
    console.log('gen caught', e.message, name(gettrace()));
    settrace(T);
    yield 7;
  }
}
function main() {
  const r = [];
  try {
    r.push(own());
  } catch (e) {
    console.log('main caught', e.message, name(gettrace()));
    settrace(T);
  }
  try {
    r.push(mid());
  } catch (e) {
    console.log('main caught', e.message, name(gettrace()));
    settrace(T);
  }
  for (const v of gen()) {
    r.push(v);
  }
  return r.length * 100 + (r.length ? r[r.length - 1] : 0);
}
settrace(T);
console.log('result', main(), name(gettrace()));
settrace(null);
