// conformance mode=locals
class Boom extends Error {}
class Other extends Error {}
function risky(n) {
  if (n === 2) throw new Boom('r');
  return n;
}
function* gen() {
  let k = 0;
  while (k < 4) {
    try {
      k = risky(k + 1);
      yield k;
    } finally {
      yield -k;
    }
  }
}
function main() {
  const g = gen();
  let s = next1(g);
  s += next1(g);
  s += next1(g);
  try {
    s += g.throw(new Other('o')).value;
  } catch (e) {
    s += 100;
  }
  for (const v of g) {
    s += 1000;
  }
  s += 1;

  return s;
}
function next1(g) {
  return g.next().value;
}
main();
