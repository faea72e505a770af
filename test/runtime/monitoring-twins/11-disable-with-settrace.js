function setup(h) {
  return { tools: [{ id: 1, events: ['PY_START', 'PY_RETURN', 'LINE'], disable: ['LINE', 'PY_START'] }], trace: true };
}
function add(a, b) {
  const s = a + b;
  return s;
}
function main(h) {
  add(1, 2);
  add(3, 4);
  h.M.restart_events();
  return add(5, 6);
}
module.exports = { setup, main };
