// conformance mode=back
class Bad extends Error {}
function* gen() {
  let n = 0;
  while (n < 4) {
    n += 1;
    yield n;
  }
}
function step(g) {
  return g.next().value ?? 0;
}
function cleanup(g) {
  try {
    throw new Bad('x');
  } catch (e) {
    return step(g);
  }
}
function run(g) {
  try {
    step(g); throw new Bad('y');
  } finally {
    cleanup(g);
  }
}
function main() {
  const g = gen();
  try {
    run(g);
  } catch (e) {
    step(g);
  }
  while (step(g)) {}
}
main();
