// conformance mode=locals
function outer() {
  let shared = 0;
  function* gen(n) {

    for (const i of [1, 2, 3]) {
      shared += i * n;
      const got = yield shared;
      if (got) shared -= got;
      shared += 0;
    }
    return shared;
  }
  const g = gen(10);
  let v = g.next().value;
  shared += 100;
  v += g.next(1).value;
  shared = 5;
  v += g.next(2).value;
  shared += 1000;
  g.next();
  return v + shared;
}
outer();
