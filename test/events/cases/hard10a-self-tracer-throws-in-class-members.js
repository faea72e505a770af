// conformance mode=self
const { settrace } = require('jstrace');
class Trip extends Error {}
const plan = new Map([['call Child', 1], ['return set size', 1], ['return Base', 1], ['line get size', 1], ['call make', 1]]);
function name_of(code) {
  return code.co_name;
}
function T(frame, event, arg) {
  const n = name_of(frame.f_code);
  console.log(event, n, frame.f_lineno, event === 'exception' ? arg[0].name : '');
  if (plan.get(event + ' ' + n) === 1) { plan.set(event + ' ' + n, 0); throw new Trip(event + ' ' + n); }
  return T;
}
class Base {
  constructor(s) {
    this.size = s;
  } }
class Child extends Base {
  constructor(s) {
    super(s + 1);
    this.tag = this.size;
  }
  get size() {
    return this._s * 2;
  }
  set size(v) {
    this._s = v;
  }
}
function make(s) {
  try {
    return new Child(s).tag;
  } catch (e) {
    console.log('caught', e.message);
    settrace(T);
    return -1;
  }
}
function main() {
  const r = [];
  for (let i = 0; i < 6; i++) {
    try {
      r.push(make(i));
    } catch (e) {
      console.log('main caught', e.message); settrace(T);
    }
  }
  return r.length;
}
settrace(T);
console.log('result', main());
settrace(null);
