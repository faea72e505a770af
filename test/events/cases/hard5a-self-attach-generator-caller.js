// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  console.log('T', event, frame.f_code.co_name, frame.f_lineno, event === 'return' ? (arg ?? 'none') : '');
  return T;
}
function G(frame, event, arg) {
  console.log('G', event, frame.f_code.co_name, frame.f_lineno);
  if (frame.f_code.co_name === 'helper' && frame.f_back.f_trace == null) frame.f_back.f_trace = T;
  return null;
}
function helper(x) {
  return x * 2;
}
function* gen(n) {
  let i = 0;
  while (i < n) {
    if (i === 1) {
      i = helper(i);
    }
    yield i;
    i += 1;
  }
}
function main() {
  let s = 0;
  for (const v of gen(4)) {
    s += v;
  }
  return s;
}
settrace(G);
main();
settrace(null);
