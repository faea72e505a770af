// conformance mode=self
const { settrace } = require('jstrace');
class Boom extends Error {}
function show(tag, frame, event, arg) {
  console.log(tag, event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[0].name : '', frame.f_trace ? frame.f_trace.name : 'none');
}
function A(frame, event, arg) {
  show('A', frame, event, arg);
  return event === 'line' && frame.f_lineno === 31 ? B : null;
}
function B(frame, event, arg) {
  show('B', frame, event, arg);
  return event === 'exception' ? A : C;
}
function C(frame, event, arg) {
  show('C', frame, event, arg);
  return frame.f_lineno !== 33 ? B : null;
}
function G(frame, event, arg) {
  show('G', frame, event, arg);
  return A;
}
function leaf(n) {
  if (n === 2) throw new Boom('b');
  return n;
}

function work() {
  let t = 0;
  for (let i = 0; i < 5; i++) {
    try {
      t += leaf(i);
    } catch (e) {
      t += 100;
    }
  }
  return t;
}
settrace(G);
console.log('result', work());
settrace(null);
