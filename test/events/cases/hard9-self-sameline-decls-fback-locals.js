// conformance mode=self
const { settrace, currentFrame } = require('jstrace');
function T(frame, event, arg) {
  return T;
}
function probe(tag, v) {
  const back = currentFrame().f_back; const loc = back.f_locals;
  const names = Object.keys(loc).filter((k) => typeof loc[k] === 'number' || typeof loc[k] === 'string').sort();
  console.log(tag, back.f_code.co_name, back.f_lineno, names.map((k) => k + '=' + String(loc[k])).join(' '));
  return v;
}
function work(n) {
  let t = probe('t', n * 2); probe('u', t + 1);
  const a = t + 1, b = probe('b', a * 2); let c = probe('c', a + b);
  if (n > 0) { const d = probe('d', c - 1); c = probe('c2', d); }
  for (let j = 0; j < 2; j++) { const e = j + c; probe('e', e); }
  { let f = probe('f', n); const g = f + 1; probe('g', g); }
  let h = 0;
  while (h < 2) { const m = probe('m', h * 10); h += 1; }
  const r = c + h; return probe('ret', r);
}
function main() {
  let s = work(1); s += work(0);
  return s;
}
settrace(T);
main();
settrace(null);
