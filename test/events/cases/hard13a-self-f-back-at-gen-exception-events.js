// conformance mode=self
const { settrace } = require('jstrace');
function chain(frame) {
  const names = [];
  for (let f = frame.f_back; f !== null && f.f_code.co_name !== '<module>'; f = f.f_back) names.push(f.f_code.co_name);
  return names.join(',');
}
function local(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno, chain(frame));
  return local;
}
function glob(frame, event, arg) {
  return local(frame, event, arg);
}
function* leaf() {
  yield 1;
  throw new Error('leaf');
}
function* mid() {
  yield* leaf();
}
function consume(g) {
  let t = 0;
  for (const v of g) t += v;
  return t;
}
function main() {
  try {
    consume(mid());
  } catch (e) {
    return 'x';
  }
}
settrace(glob);
main();
settrace(null);
