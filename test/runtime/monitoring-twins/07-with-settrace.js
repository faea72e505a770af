function setup(h) {
  return { tools: [{ id: 1, events: ['PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'LINE'] }], trace: true };
}
function* gen() {
  yield 1;
  return 2;
}
function add(a, b) {
  return a + b;
}
function main(h) {
  const g = gen();
  g.next();
  g.next();
  return add(1, 2);
}
module.exports = { setup, main };
