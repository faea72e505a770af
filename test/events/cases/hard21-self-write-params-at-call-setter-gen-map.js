// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  const n = frame.f_code.co_name; const L = frame.f_locals;
  if (event === 'call' && n === 'set val' && L.v === 7) L.v = 70;
  if (event === 'call' && n === 'count' && frame.f_lineno === 16) L.start = 100;
  if (event === 'call' && n === 'walk' && L.d === 2) L.d = 5;
  if (event === 'return' && (n === 'count' || n === 'walk')) console.log('ret', n, frame.f_lineno, arg == null ? 'none' : arg);
  return T;
}
class Box {
  set val(v) {
    this.v = v + 1;
  }
}
function* count(start) {
  yield start;
  yield start + 1;
}
function walk(d) {
  if (d >= 3) return d;
  return [d + 1, d + 1].map(walk).reduce((a, b) => a + b, 0);
}
function main() {
  const b = new Box(); b.val = 7;
  const c = [...count(1)];
  return b.v + c[0] + c[1] + walk(0);
}
settrace(T);
console.log('result', main());
settrace(null);
