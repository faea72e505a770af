// frames=always: an activation that started while nothing was monitored is monitored
function setup(h) {
  return { tools: [{ id: 1, events: ['PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'LINE'], off: true }] };
}
function* gen() {
  yield 1;
  yield 2;
}
function main(h) {
  const g = gen();
  g.next();
  h.M.set_events(1, h.E.PY_RESUME | h.E.PY_YIELD | h.E.LINE);
  g.next();
  return 0;
}
module.exports = { setup, main };
