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
function unpack(arr, obj) {
  const tag = 'u';
  const [a, , b = probe('b', a + 1), ...rest] = arr;
  const { p: [c = probe('c', b * 2)] = [], q: { r = probe('r', c + rest.length) } = {} } = obj;
  let [d = probe('d', r), [e = probe('e', d + 1)] = [probe('inner', d)]] = [];
  for (const [x, y = probe('y', x * 3)] of [[1], [2, 5]]) { probe('in', x + y); }
  return probe('end', a + b + c + r + d + e + rest.length);
}
function main() {
  let t = unpack([1], {});
  t += unpack([1, 0, 4, 7, 8], { p: [6], q: { r: 2 } });
  t += unpack([3, 9, undefined], { q: {} });
  return t;
}
settrace(T);
main();
settrace(null);
