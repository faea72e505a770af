function setup(h) {
  return { tools: [{ id: 1, events: ['PY_START', 'PY_RESUME', 'PY_YIELD'], off: true }] };
}
function* gen() {
  yield 1;
  yield 2;
}
function main(h) {
  h.M.set_events(1, h.E.PY_START);
  const g = gen();
  g.next();
  h.M.set_events(1, h.E.PY_START | h.E.PY_RESUME | h.E.PY_YIELD);
  g.next();
  return 0;
}
module.exports = { setup, main };
