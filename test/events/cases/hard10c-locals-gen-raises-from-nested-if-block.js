// conformance mode=locals
class Bad extends Error {}
function* gen(n) {
  let acc = 0;
  for (const i of [1, 2, 3]) {
    if (i > 1) {
      const part = acc + i;
      if (part > n) throw new Bad(String(part));
      acc = yield part;
    } else {
      acc += yield -i;
    }
  }
  return acc;
}
function main() {
  const g = gen(5);
  let r = g.next().value;
  try {
    r += g.next(3).value;
    r += g.next(7).value;
  } catch (e) {
    r -= 100;
  }
  return r;
}
main();
