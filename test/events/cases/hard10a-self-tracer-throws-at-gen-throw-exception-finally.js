// conformance mode=self
const { settrace, gettrace } = require('jstrace');
class Boom extends Error {}
class Trip extends Error {}
function T(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[0].name : '');
  if (event === 'exception' && arg[0] === Boom && frame.f_code.co_name === 'gen') throw new Trip('t');
  return T;
}
function note(x) {
  return x;
}
function* gen() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('finally', gettrace() == null ? 'off' : 'on');
    settrace(T);
    note(3);
  }
}
function main() {
  const g = gen();
  g.next();
  try {
    g.throw(new Boom('b'));
  } catch (e) {
    console.log('main caught', e.constructor.name);
  }
  const r = note(4);
  for (const v of g) {
    r += v;
  }
  return r;
}
settrace(T);
console.log('result', main());
settrace(null);
