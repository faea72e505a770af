function setup(h) {
  return { tools: [{ id: 1, events: ['PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'LINE'] }] };
}
function boom(x) {
  throw new Error('boom ' + x);
}
function catcher() {
  try {
    boom(1);
  } catch (e) {
    return 'caught';
  } finally {
    void 0;
  }
}
function* gfail() {
  yield 1;
  boom(2);
}
function main(h) {
  catcher();
  try {
    for (const v of gfail()) {
      void v;
    }
  } catch (e) {
    void 0;
  }
  boom(3);
}
module.exports = { setup, main };
