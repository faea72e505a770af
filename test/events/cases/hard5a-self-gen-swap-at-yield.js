// conformance mode=self
const { settrace } = require('jstrace');
function A(frame, event, arg) {
  console.log('A', event, frame.f_code.co_name, frame.f_lineno, event === 'return' ? (arg ?? 'none') : '');
  return event === 'return' ? B : A;
}
function B(frame, event, arg) {
  console.log('B', event, frame.f_code.co_name, frame.f_lineno, event === 'return' ? (arg ?? 'none') : '');
  return event === 'exception' ? A : null;
}
function glob(frame, event, arg) {
  console.log('G', event, frame.f_code.co_name, frame.f_lineno, frame.f_trace == null ? 'none' : frame.f_trace.name);
  return frame.f_trace == null ? A : null;
}
function* gen() {
  let i = 0;
  while (i < 3) {
    try {
      yield i;
    } catch (e) {
      i += 0;
    }
    i += 1;
  }
  i = -1;
}
function main() {
  const g = gen();
  let r = g.next().value;
  r += g.throw(new Error('x')).value;
  for (const v of g) {
    r += v;
  }
  return r;
}
settrace(glob);
main();
settrace(null);
