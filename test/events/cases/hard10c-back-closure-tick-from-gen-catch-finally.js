// conformance mode=back
class Bad extends Error {}
function outer() {
  let n = 0;
  function tick() {

    n += 1;
    return n;
  }
  function* gen() {
    try {
      yield tick();
      throw new Bad('g');
    } catch (e) {
      yield tick();
    } finally {
      tick();
    }
  }

  function drive(g) {
    try {
      return g.next().value;
    } finally {
      tick();
    }
  }

  const g = gen();
  drive(g); drive(g);
  for (const v of g) tick();
  return n;
}
outer();
