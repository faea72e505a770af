// conformance mode=self
const { settrace } = require('jstrace');
class Trip extends Error {}
const state = { calls: 0 };
function T(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[0].name : '');
  if (event === 'call' && frame.f_code.co_name === 'gen') state.calls += 1;
  if (event === 'call' && state.calls === 2) throw new Trip('t');
  return T;
}
function* gen() {
  let n = 0;
  while (n < 14) {
    try {
      yield n;
    } catch (e) {
      console.log('gen caught', e.message, n);
      settrace(T);
      n += 10;
    }
    n += 1;
  }
  return n;
}
function main() {
  const g = gen();
  const out = [g.next().value];
  out.push(g.next().value);
  console.log('main after trip', out.length);
  for (const v of g) {
    out.push(v);
  }
  return out.length;
}
settrace(T);
console.log('result', main());
settrace(null);
