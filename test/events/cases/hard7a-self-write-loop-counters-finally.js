// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  if (event !== 'line' || frame.f_code.co_name !== 'scan') return T;
  const L = frame.f_locals;
  if (frame.f_lineno === 14 && L.i === 2) L.i = 4;
  if (frame.f_lineno === 17 && L.i === 5) L.i = 8;
  if (frame.f_lineno === 26 && L.v === 'b') L.v = 'B';
  if ('i' in L) console.log('line', frame.f_lineno, L.i);
  return T;
}
function scan(items) {
  let i = 0;
  while (i < 10) {
    try {
      i += 1;
      if (i % 3 === 0) continue;
      if (i > 8) break;
      console.log('body', i);
    } finally {
      console.log('fin', i);
    }
  }
  const out = [];
  for (let v of items) {
    out.push(v);
  }
  return out.join('') + i;
}
settrace(T);
console.log('result', scan(['a', 'b', 'c']));
settrace(null);
