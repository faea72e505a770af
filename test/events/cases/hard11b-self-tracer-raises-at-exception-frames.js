// conformance mode=self
const { settrace, gettrace } = require('jstrace');
class Boom extends Error {}
class Trip extends Error {}
function name(t) { return t ? t.name : 'none'; }
const plan = new Map([['c 2', 1], ['b 3', 1], ['d 4', 1]]);
function T(frame, event, arg) {
  const n = frame.f_code.co_name; const k = frame.f_locals.k ?? 0; const bk = frame.f_back;
  console.log(event, n, frame.f_lineno, event === 'exception' ? arg[0].name : '', bk && bk.f_code.co_name !== '<module>' ? name(bk.f_trace) : '-');
  if (event === 'exception' && plan.get(n + ' ' + k) === 1) { plan.set(n + ' ' + k, 0); throw new Trip('in ' + n); }
  return T;
}
function note(tag) {
  console.log('note', tag, name(gettrace()));
  return tag;
}
function d(k) {
  if (k > 0) throw new Boom('d');
  return k;
}
function c(k) {
  try {
    return d(k);
  } finally {
    note('c');
  }
}
function b(k) {
  try {
    return c(k) + 1;
  } catch (e) {
    note('b caught ' + e.constructor.name + ' ' + e.message);
    settrace(T);
    return -1;
  }
}
function a(k) {
  try {
    return b(k);
  } finally {
    note('a finally');
  }
}
function main() {
  const r = [a(0), a(1), a(2), a(3), a(4)];
  return r.join(' ');
}
settrace(T);
console.log('result', main());
settrace(null);
