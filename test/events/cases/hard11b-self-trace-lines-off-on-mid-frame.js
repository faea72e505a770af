// conformance mode=self
const { settrace } = require('jstrace');
class Boom extends Error {}
function L(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[0].name : '', frame.f_trace_lines ? 'on' : 'off');
  if (event === 'line' && (frame.f_lineno === 25 || frame.f_lineno === 36)) frame.f_trace_lines = false;
  if (event === 'exception' && frame.f_code.co_name === 'work') frame.f_trace_lines = true;
  if (event === 'call' && frame.f_code.co_name === 'poke') frame.f_back.f_trace_lines = !frame.f_back.f_trace_lines;
  if (event === 'call' && frame.f_code.co_name === 'steps' && frame.f_lineno !== 32) frame.f_trace_lines = true;
  return L;
}
function poke(x) {
  return x + 1;
}
function risky(x) {
  if (x === 3) throw new Boom('r');
  return x;
}
function work() {
  let t = 0;
  for (let i = 0; i < 6; i++) {
    try {
      t += risky(i);
      t += poke(i);
      t += 1;
    } catch (e) {
      t += 10;
    }
  }
  return t;
}
function* steps() {
  let n = 0;
  n += 1;
  yield n;
  n += 2;
  n += 3;
  yield n;
  n += poke(n);
  yield n;
}
function drive() {
  let s = 0;
  for (const v of steps()) {
    s += v;
  }
  return s;
}
settrace(L);
console.log('result', work(), drive());
settrace(null);
