// conformance mode=locals
function* gen(s) {
  let state = 'start';
  yield state;
  try {
    state = 'parse';
    const n = parse(s);
    yield n;
  } catch (e) {
    state = 'failed';
    return state;
  }
  state = 'ok';
}
function parse(s) {
  throw new Error(s);
}
function main() {
  const g = gen('{');
  const a = g.next().value;
  const b = g.next().done ? 'done' : '';
  return a + b;
}
main();
