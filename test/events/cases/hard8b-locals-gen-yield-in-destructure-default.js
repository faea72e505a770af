// conformance mode=locals
const keep = [];
function* ask(obj, arr) {
  const tag = 'q';
  const { a = yield 'a?', b = yield 'b?' + String(a) } = obj;
  const [x = yield 'x?' + String(a + b)] = arr;
  yield String(a + b + x);
}
function main() {
  const g = ask({ b: 2 }, []);
  const h = ask({}, [7]);
  keep.push(g, h);
  let s = g.next().value;
  s += g.next(10).value;
  s += g.next(5).value;
  s += h.next().value;
  s += h.next(1).value;
  s += h.next(3).value;
  return s;
}
main();
