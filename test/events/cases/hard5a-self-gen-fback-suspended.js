// conformance mode=self
const { settrace, currentFrame } = require('jstrace');
let gf = null;
const back = (f) => (f.f_back === null ? 'none' : f.f_back.f_code.co_name);
function G(frame, event, arg) {
  if (frame.f_code.co_name === 'gen') console.log('G', event, frame.f_lineno, back(frame));
  return null;
}
function* gen() {
  gf = currentFrame();
  console.log('running', back(gf));
  yield 1;
  console.log('running', back(gf));
  yield 2;
}
function other(g) {
  return g.next().value;
}
function main() {
  const g = gen();
  let t = g.next().value;
  console.log('suspended', back(gf));
  t += other(g);
  console.log('suspended', back(gf));
  t += g.next().done ? 10 : 0;
  t += 0;
  return t;
}
settrace(G);
main();
settrace(null);
