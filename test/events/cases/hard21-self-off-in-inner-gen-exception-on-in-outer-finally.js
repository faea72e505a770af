// conformance mode=self
const { settrace, gettrace } = require('jstrace');
class Boom extends Error {}
function show(tag, frame, event, arg) {
  console.log(tag, event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[0].name : event === 'return' ? (arg == null ? 'none' : arg) : '');
}
function L(frame, event, arg) {
  if (event === 'exception' && arg[0].name === 'StopIteration') return L;
  show('L', frame, event, arg);
  if (event === 'exception' && frame.f_code.co_name === 'inner') { settrace(null); frame.f_back.f_trace_lines = false; }
  return L;
}
function G(frame, event, arg) {
  show('G', frame, event, arg);
  return L;
}
function* inner() {
  yield 1;
  throw new Boom('x');
}
function* outer() {
  try {
    yield* inner();
  } finally {
    settrace(G);
    console.log('outer finally');
    yield 2;
    console.log('after 2');
  }
}
function main() {
  const g = outer(); const got = [];
  try {
    got.push(g.next().value); got.push(g.next().value); got.push(g.next().value);
  } catch (e) {
    got.push(9);
  }
  return got.join(',');
}
settrace(G);
console.log('result', main());
settrace(null);
