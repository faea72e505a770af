// conformance mode=self
const { settrace } = require('jstrace');
const saved = {};
function where(f) {
  return f != null && f.f_code.co_name !== '<module>' ? f.f_code.co_name + ':' + String(f.f_lineno) : '-';
}
function T(frame, event, arg) {
  if (event === 'call' && frame.f_code.co_name === 'ticker' && !('g' in saved)) saved['g'] = frame;
  console.log(event, where(frame), 'back', where(frame.f_back), 'back2', where(frame.f_back ? frame.f_back.f_back : null), 'gen', where(saved['g']));
  if (event === 'line' && frame.f_lineno === 30) settrace(null);
  return T;
}
function* ticker() {
  yield 1;
  yield 2;
  yield 3;
}
function probe(x) {
  return x;
}
function mid(g) {
  const a = g.next().value;
  settrace(T);
  const b = probe(a);
  return b;
}
function top() {
  const g = ticker();
  let k = g.next().value;
  k += 1;
  k += g.next().value;
  k += 2;
  settrace(T);
  k += mid(g);
  settrace(null);
  const r = g.next(); k += r.done ? 0 : r.value;
  settrace(T);
  return probe(k);
}
settrace(T);
console.log('result', top());
settrace(null);
