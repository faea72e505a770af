// conformance mode=record
function* gen() {
  yield 1;
  throw new Error('once');
}
function step(g) {
  try {
    return g.next().value;
  } catch (e) {
    return 'err';
  }
}
function main() {
  const g = gen();
  step(g);
  step(g);
  const again = step(g);
  const fresh = step(g);
  return [again, fresh].length;
}
main();
