// conformance mode=locals
class Bad extends Error {}
function need(v) {
  if (v < 0) throw new Bad('neg');
  return v + 1;
}
function take(obj) {
  const tag = 's';
  const { a, b = need(a), c: [d, , e = need(b - 10)] = [] } = obj;
  return a + b + d + e;
}
function* ask(arr) {
  const n = arr.length;
  const [p, , [q = yield p] = [], ...more] = arr; let w = yield q * 2;
  yield p + q + w + more.length;
}
function main() {
  let r = take({ a: 1, b: 20, c: [2, 0, 3] }) + take({ a: 20, c: [1] });
  try {
    r += take({ a: -1 });
  } catch (e) {
    r += 100;
  }
  try {
    r += take({ a: 3, c: [4, 5] });
  } catch (e) {
    r += 1000;
  }
  const g = ask([5, 0]); r += g.next().value; r += g.next(6).value;
  r += g.next(7).value; g.next();
  const h = ask([1, 0, [2], 3, 4]); r += h.next().value; r += h.next(8).value; h.next();
  return r;
}
main();
