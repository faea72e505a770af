// conformance mode=self
const { settrace } = require('jstrace');
class Boom extends Error {}
const box = [];
function chain(f) {
  const names = [];
  while (f != null && f.f_code.co_name !== '<module>') {
    names.push(f.f_code.co_name); f = f.f_back;
  }
  return names.join(',');
}
function fib(n) {
  if (n < 0) throw new Boom('neg');
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
function* ticker(k) {
  yield k;
  yield fib(k);
  yield chain(null);
}
function T(frame, event, arg) {
  if (event === 'exception' && arg[0] == null) return T;
  try {
    fib(-1);
  } catch (e) {
    e.x = 0;
  }
  if (event === 'call' && frame.f_code.co_name === 'work' && !box.length) { box.push(ticker(4)); box[0].next(); }
  console.log(event, frame.f_code.co_name, frame.f_lineno, fib(3), chain(frame));
  return T;
}
function work() {
  const g = box[0];
  let a = g.next().value;
  for (const x of g) {
    a = fib(2) + a;
  }
  return a;
}
settrace(T);
console.log('result', work());
settrace(null);
