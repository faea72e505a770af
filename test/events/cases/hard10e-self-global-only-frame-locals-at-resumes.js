// conformance mode=self
const { settrace } = require('jstrace');
function* gen(k) {
  const a = k + 1;
  yield a;
  if (k > 0) { const b = a * 2; yield b; }
  let c = a + 3;
  yield c;
}
function show(frame, event, arg) {
  if (frame.f_code.co_name === 'gen') console.log(event, frame.f_lineno, Object.keys(frame.f_locals).sort().join(','));
  return null;
}
function main() {
  let t = 0;
  for (const v of gen(1)) t += v;
  return t;
}
settrace(show);
console.log('total', main());
settrace(null);
