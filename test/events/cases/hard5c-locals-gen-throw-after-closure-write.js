// conformance mode=locals
class Cancel extends Error {}
function* job() {
  let state = 'new';
  let hits = 0;
  function poke(s) {
    state = s;
    hits += 1;
  }
  try {
    yield poke;
  } catch (e) {
    const was = state;
    yield was + String(hits);
  }
  try {
    yield hits;
  } finally {
    state = state + '.';
  }
}
function main() {
  const g = job();
  const poke = g.next().value;
  poke('run');
  poke('busy');
  const a = g.throw(new Cancel('c')).value;
  g.next();
  poke('late');
  for (const v of g) {
    break;
  }
  return a;
}
main();
