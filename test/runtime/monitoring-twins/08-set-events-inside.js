function setup(h) {
  const E = h.E;
  return { tools: [{ id: 1, events: ['LINE', 'PY_RETURN', 'PY_START'], on: {
    LINE: (h, code, line) => { if (line === 14) h.M.set_events(1, E.PY_START | E.PY_RETURN); },
    PY_RETURN: (h, code) => { if (code.co_name === 'inner') h.M.set_events(1, E.LINE); },
  } }] };
}
function inner(x) {
  const y = x + 1;
  return y;
}
function outer(x) {
  const a = inner(x);
  return a + 1;
}
function main(h) {
  let v = 1;
  v = outer(v);
  v = outer(v);
  return v;
}
module.exports = { setup, main };
