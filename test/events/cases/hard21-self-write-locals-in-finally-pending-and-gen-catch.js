// conformance mode=self
const { settrace } = require('jstrace');
class Boom extends Error {}
function T(frame, event, arg) {
  const n = frame.f_code.co_name; const L = frame.f_locals;
  if (event === 'line' && n === 'calc' && frame.f_lineno === 17) L.x = L.x * 100;
  if (event === 'line' && n === 'gen' && frame.f_lineno === 25) L.acc = L.acc + 1000;
  if (event === 'exception' && n === 'gen') L.acc = -L.acc;
  if (event === 'line' || event === 'exception') console.log(event, n, frame.f_lineno, 'x' in L ? L.x : 'acc' in L ? L.acc : 'none');
  return T;
}
function calc(x) {
  try {
    x += 1;
    throw new Boom('b');
  } finally {
    x += 2;
    return x;
  }
}
function* gen() {
  let acc = 1;
  while (acc < 1005) {
    try {
      const v = yield acc; acc += v !== undefined ? v : 1;
    } catch (e) {
      acc += 3;
    }
  }
  return acc;
}
function main() {
  const g = gen(); const a = g.next().value;
  const b = g.throw(new Boom('x')).value;
  const c = g.next(5).value;
  const d = g.next().done ? undefined : 0;
  return calc(1) + a + b + c;
}
settrace(T);
console.log('result', main());
settrace(null);
