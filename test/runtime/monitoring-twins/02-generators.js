function setup(h) {
  return { tools: [{ id: 1, events: ['PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'LINE'] }] };
}
function* count(n) {
  let i = 0;
  while (i < n) {
    const got = yield i;
    i += 1;
  }
  return 'done';
}
function main(h) {
  const g = count(2);
  let r = g.next();
  r = g.next('a');
  r = g.next('b');
  const early = count(5);
  early.next();
  early.return(undefined);
  const total = [...count(2)].length;
  return total;
}
module.exports = { setup, main };
