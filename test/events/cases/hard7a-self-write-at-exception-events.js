// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  const name = frame.f_code.co_name;
  if (event === 'exception') {
    const L = frame.f_locals;
    if (name === 'middle') L.state = 'patched-' + L.state;
    if (name === 'outer') L.tries = L.tries + 100;
    console.log('exc', name, frame.f_lineno, arg[1].message);
  }
  return T;
}
function inner(v) {
  throw new Error('bad ' + v);
}
function middle(v) {
  let state = 'open';
  try {
    state = 'running';
    inner(v);
  } finally {
    console.log('finally sees', state);
  }
  return state;
}
function outer() {
  let tries = 1;
  try {
    middle(tries);
  } catch (e) {
    console.log('handler sees', tries);
    tries += 1;
  }
  return tries;
}
settrace(T);
console.log('result', outer());
settrace(null);
