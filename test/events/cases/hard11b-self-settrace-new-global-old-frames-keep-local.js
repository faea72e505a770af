// conformance mode=self
const { settrace, gettrace } = require('jstrace');
class Boom extends Error {}
function make(tag) {
  const local = function (frame, event, arg) {
    console.log(tag, event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[0].name : '', gettrace() ? gettrace().name : 'none');
    if (event === 'exception' && frame.f_code.co_name === 'loop') frame.f_trace_lines = false;
    if (event === 'line' && frame.f_code.co_name === 'loop' && frame.f_lineno === 31) settrace(G2);
    return local;
  };
  Object.defineProperty(local, 'name', { value: 'L' + tag });
  return local;
}
function G1(frame, event, arg) {
  console.log('G1 call', frame.f_code.co_name, frame.f_lineno);
  return make('one');
}
function G2(frame, event, arg) {
  console.log('G2 call', frame.f_code.co_name, frame.f_lineno);
  if (frame.f_code.co_name === 'leaf') frame.f_back.f_trace_lines = true;
  return make('two');
}
function leaf(i) {
  if (i === 1) throw new Boom('leaf');
  return i;
}
function loop() {
  let t = 0;
  for (let i = 0; i < 3; i++) {
    try {
      t += leaf(i);
      t += 10;
    } catch (e) {
      t += 100;
    }
  }
  return t;
}
settrace(G1);
console.log('result', loop());
settrace(null);
