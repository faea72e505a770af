// conformance mode=self
const { settrace } = require('jstrace');
const NM = { '<anonymous>': '<lambda>', 'get v': 'v', 'set v': 'v', Box: '__init__' };
function T(frame, event, arg) { const n = frame.f_code.co_name; console.log(event, NM[n] || n, frame.f_lineno); return T; }
class Box {
  constructor(v) {
    this._v = v;
  } get v() {
    return this._v;
  } set v(x) {
    this._v = x;
  }


  bump(k) {
    return this._v + k;
  };
}
function makeAdders(n) {
  const fs = [];
  for (let i = 0; i < n; i++) fs.push((x) => x + i);
  return fs;
}
function each(arr, cb) {
  for (let j = 0; j < arr.length; j++) cb(arr[j], j);
}
function drive(n, on, off) {
  let s = 0;
  const adders = makeAdders(4);
  const cb = function (x, j) {
    const b = new Box(x);
    b.v = b.bump(j & 3);
    s += adders[j & 3](b.v);
    if (j === on) settrace(T);
    if (j === off) settrace(null);
  };
  each(new Array(n).fill(1), cb);
  return s;
}
let total = 0;
for (let r = 0; r < 20; r++) total += drive(100000, -1, -1);
for (let r = 0; r < 3; r++) total += drive(100000, 99995, 99997);
for (let r = 0; r < 5; r++) total += drive(100000, -1, -1);
settrace(T);
total += drive(3, 9, 1);
settrace(T);
total += drive(3, 9, 9);
settrace(null);
console.log('total', total);
