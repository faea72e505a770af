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
function unpack(obj, arr) {
  const tag = 'u';
  const { a = probe('a', 1), b = probe('b', a + 1) } = obj;
  const [x = probe('x', b * 2), y = probe('y', x + a)] = arr;
  if (a > 0) {
    const { p: { q = probe('q', x + y) } = {} } = obj;
    let [r = probe('r', q + 1)] = [];
    return a + b + x + y + q + r;
  }
  return -1;
}
function main() {
  let t = unpack({}, []);
  t += unpack({ a: 5, p: { q: 7 } }, [undefined, 3]);
  t += unpack({ b: 2 }, [4]);
  return t;
}
settrace(T);
main();
settrace(null);
