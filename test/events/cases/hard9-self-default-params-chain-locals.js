// conformance mode=self
const { settrace, currentFrame } = require('jstrace');
function T(frame, event, arg) {
  return T;
}
function probe(tag, v) {
  let f = currentFrame().f_back; const parts = [];
  while (f !== null && f.f_code.co_name !== '<module>') { const loc = f.f_locals; parts.push(f.f_code.co_name + ':' + Object.keys(loc).filter((k) => typeof loc[k] === 'number').sort().map((k) => k + '=' + String(loc[k])).join(',')); f = f.f_back; }
  console.log(tag, parts.join(' | '));
  return v;
}
function rec(n,
             m = n > 0 ? rec(n - 1) + probe('m', n) : probe('m0', 0),
             k = probe('k', m + n)) {
  return m + k;
}
function inner(x, y = probe('y', x * 2)) {
  // (y's default runs in inner's frame, which sees x)
  return x + y;
}
function outer(a, b = inner(a), c = inner(b, a)) {
  // (b's default calls inner, whose default runs while outer's is pending)
  const s = a + b + c; return probe('body', s);
}
function main() {
  const t = rec(2) + outer(1) + outer(2, 5); return t;
}
settrace(T);
main();
settrace(null);
