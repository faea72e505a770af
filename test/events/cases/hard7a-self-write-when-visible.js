// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  if (event !== 'line' || frame.f_code.co_name !== 'f') return T;
  const L = frame.f_locals;
  const seen = [];
  for (const name of ['a', 'b', 'c', 'd']) {
    if (name in L) {
      L[name] = L[name] + 1;
      seen.push(name);
    }
  }
  console.log('line', frame.f_lineno, seen.join(''));
  return T;
}
function f(xs) {
  let a = 0;
  let total = a;
  if (xs.length > 1) {
    let b = 10;
    total += b;
  }
  for (let c of xs) {
    total += c;
  }
  let d = total;
  return total;
}
settrace(T);
console.log('result', f([100, 200]));
settrace(null);
