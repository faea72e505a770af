// conformance mode=self
const { settrace, gettrace } = require('jstrace');
function quiet(frame, event, arg) {
  console.log('quiet', event, frame.f_code.co_name, frame.f_lineno);
  return null;
}
function loud(frame, event, arg) {
  console.log('loud', event, frame.f_code.co_name, frame.f_lineno);
  return loud;
}
function step(n) {
  return n + 1;
}
function run() {
  const a = step(1);
  console.log('inside', gettrace() === quiet ? 'quiet' : 'other');
  settrace(loud);
  const b = step(a);
  return b;
}
settrace(quiet);
run();
console.log('after', gettrace() === loud ? 'loud' : 'other');
settrace(null);
