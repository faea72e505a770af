// conformance mode=locals
function outer() {
  let hits = 0;
  function* gen(k) {

    try {
      hits += k;
      return hits * 2;
    } finally {
      yield hits;
      hits += 1;
    }
  }

  const g = gen(3);
  let a = g.next().value;
  hits = 50;
  g.next();
  return a + hits;
}
outer();
