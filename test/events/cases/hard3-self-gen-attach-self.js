// conformance mode=self
const { settrace, currentFrame } = require('jstrace');
function local(frame, event, arg) {
  console.log('local', event, frame.f_code.co_name, frame.f_lineno, event === 'return' ? arg : '');
  return local;
}
function glob(frame, event, arg) {
  console.log('global', event, frame.f_code.co_name, frame.f_lineno);
  return null;
}
function* ticker(n) {
  let i = 0;
  while (i < n) {
    if (i === 1) {
      currentFrame().f_trace = local;
    }
    yield i;
    i += 1;
  }
  return 'end';
}
function main() {
  let total = 0;
  for (const v of ticker(4)) {
    total += v;
  }
  return total;
}
settrace(glob);
main();
settrace(null);
console.log('done');
