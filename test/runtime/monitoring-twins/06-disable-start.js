function setup(h) {
  return { tools: [
    { id: 1, events: ['PY_START', 'PY_RETURN'], disable: ['PY_START'] },
    { id: 2, events: ['PY_START', 'LINE'], disable: ['LINE'] },
  ] };
}
function fact(n) {
  if (n <= 1) {
    return 1;
  }
  return n * fact(n - 1);
}
function main(h) {
  fact(3);
  h.M.restart_events();
  fact(2);
  return 0;
}
module.exports = { setup, main };
