function setup(h) {
  return { tools: [{ id: 1, events: ['PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'LINE'] }] };
}
async function leaf(x) {
  await h0.sleep0();
  return x * 2;
}
async function mid(x) {
  const a = await h0.task(leaf(x));
  const b = await h0.task(leaf(a));
  return a + b;
}
async function main(h) {
  h0 = h;
  const r = await h.task(mid(1));
  await h.sleep0();
  return r;
}
let h0;
module.exports = { setup, main };
