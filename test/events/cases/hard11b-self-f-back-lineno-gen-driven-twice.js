// conformance mode=self
const { settrace } = require('jstrace');
class Boom extends Error {}
function T(frame, event, arg) {
  let b = frame.f_back; const chain = [];
  while (b !== null && b.f_code.co_name !== '<module>') { chain.push(b.f_code.co_name + ':' + String(b.f_lineno)); b = b.f_back; }
  console.log(event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[0].name : '', '<', chain.join(' '));
  return frame.f_code.co_name !== 'quiet' ? T : null;
}
function quiet(g) {
  const x = g.next().value;
  const y = g.next().value;
  return x + y;
}
function* source(n) {
  let i = 0;
  while (i < n) {
    try {
      yield i;
    } finally {
      i += 1;
    }
    if (i === 4) throw new Boom('src');
  }
}
function first(g) {
  return g.next().value;
}
function rest(g) {
  let t = 0;
  try {
    for (const v of g) {
      t += v;
    }
  } catch (e) {
    t = -t;
  }
  return t;
}
function main() {
  const g = source(6);
  const a = first(g);
  const b = quiet(g);
  const c = rest(g);
  return a + b + c;
}
settrace(T);
console.log('result', main());
settrace(null);
