// conformance mode=self
const { settrace, gettrace } = require('jstrace');
function nm(t) { return t == null ? 'none' : t.name; }
function G2(frame, event, arg) {
  console.log('G2', event, frame.f_code.co_name, frame.f_lineno);
  return G2;
}
function G(frame, event, arg) {
  console.log('G', event, frame.f_code.co_name, frame.f_lineno, nm(gettrace()));
  if (event === 'line' && frame.f_lineno === 15 && frame.f_locals.n === 1) { settrace(G2); throw new RangeError('after swap'); }
  if (event === 'line' && frame.f_lineno === 25) { settrace(G2); return null; }
  return G;
}
function work(n) {
  let a = n + 1;
  a += 1;
  return a;
}
function main() {
  let r = 0;
  try {
    r = work(1);
  } catch (e) {
    console.log('caught', e.constructor.name, nm(gettrace()));
    settrace(G);
  }
  r += work(5);
  r += work(7);
  return r;
}
settrace(G);
console.log('result', main(), nm(gettrace()));
settrace(null);
