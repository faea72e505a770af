function setup(h) {
  return { tools: [{ id: 1, events: ['PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'LINE'], off: true }], trace: 'calls' };
}
function* gen() {
  yield 1;
  yield 2;
}
function main(h) {
  const g = gen();
  g.next();
  h.M.set_events(1, h.E.LINE | h.E.PY_RETURN | h.E.PY_RESUME | h.E.PY_YIELD);
  let x = 1;
  g.next();
  x += 1;
  h.settrace(null);
  g.next();
  return x;
}
module.exports = { setup, main };
