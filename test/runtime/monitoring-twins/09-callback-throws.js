function setup(h) {
  return { tools: [{ id: 1, events: ['LINE', 'PY_RETURN', 'PY_START', 'PY_YIELD', 'PY_RESUME'], on: {
    LINE: (h, code, line) => (line === 11 || line === 26 ? h.fail('cb line ' + line) : null),
    PY_RETURN: (h, code) => (code.co_name === 'ret' ? h.fail('cb return') : null),
    PY_START: (h, code) => (code.co_name === 'st' ? h.fail('cb start') : null),
    PY_YIELD: (h, code, o, v) => (v === 2 ? h.fail('cb yield') : null),
  } }] };
}
function guarded() {
  try {
    const x = 1;
    return x;
  } catch (e) {
    return 'caught ' + e.message;
  }
}
function ret() {
  return 5;
}
function st() {
  return 6;
}
function* gen() {
  yield 1;
  yield 2;
  yield 3;
}
function main(h) {
  const r = [guarded()];
  try { ret(); }
  catch (e) { r.push(e.message); }
  try { st(); }
  catch (e) { r.push(e.message); }
  const g = gen();
  try { g.next(); g.next(); }
  catch (e) { r.push(e.message); }
  try { r.push(g.next().done ? 'done' : 'more'); }
  catch (e) { r.push(e.message); }
  return r.join();
}
module.exports = { setup, main };
