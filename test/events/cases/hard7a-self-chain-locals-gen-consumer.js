// conformance mode=self
const { settrace } = require('jstrace');
function show(f) {
  const L = f.f_locals;
  const parts = Object.keys(L).filter((k) => typeof L[k] === 'number' || typeof L[k] === 'string').sort().map((k) => k + '=' + L[k]);
  return f.f_code.co_name + '@' + f.f_lineno + '{' + parts.join(',') + '}';
}
function T(frame, event, arg) {
  if (frame.f_code.co_name !== 'pairs') return T;
  const chain = [];
  for (let f = frame; f !== null && f.f_code.co_name !== '<module>'; f = f.f_back) chain.push(show(f));
  console.log(event, chain.join(' < '));
  return T;
}
function* pairs(words) {
  for (const w of words) {
    const up = w.toUpperCase();
    yield up + w;
  }
}
function consume(words) {
  let joined = '';
  for (const p of pairs(words)) {
    const size = p.length;
    joined += p + size;
  }
  return joined;
}
settrace(T);
console.log('result', consume(['a', 'b']));
settrace(null);
