// conformance mode=locals
async function tick(v) { await null; return v; }
async function work(n) {
  let acc = 0, i = 0;
  while (i < n) {
    try {
      if (i === 1) throw new Error('one');
      const got = await tick(i);
      acc += got;
    } catch (err) {
      const bump = await tick(10);
      acc += bump;
    } finally {
      i += await tick(1);
    }
  }
  return acc;
}
async function main() {
  const r = await work(3);
  return r;
}
queueMicrotask(main);
