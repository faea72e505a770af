// conformance mode=locals
async function walk(n) {
  const here = n * 10; let sub = 0;
  try {
    if (n === 0) { await null; throw new Error('bottom'); }
    sub = await walk(n - 1);
    return sub + here;
  } catch (err) {
    if (n % 2 === 0) throw err;
    return here;
  } finally {
    await null;
  }
}
async function main() {
  const r = await walk(3);
  return r;
}
queueMicrotask(main);
