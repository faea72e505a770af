function setup(h) {
  return { tools: [{ id: 1, events: ['PY_START', 'PY_RETURN', 'LINE'] }] };
}
function add(a, b) {
  return a + b;
}
function fact(n) {
  if (n <= 1) {
    return 1;
  }
  return n * fact(n - 1);
}
function main(h) {
  const x = add(1, 2);
  const y = fact(3);
  add(x, y);
  return 'end';
}
module.exports = { setup, main };
