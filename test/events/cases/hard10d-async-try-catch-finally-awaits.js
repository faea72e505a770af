// conformance mode=record
async function risky(n) {
  await null;
  if (n > 1) throw new Error('big');
  return n;
}
async function main() {
  let total = 0;
  for (let i = 0; i < 3; i++) {
    try {
      total += await risky(i);
    } catch (e) {
      await null;
      total -= 10;
    } finally {
      await null;
    }
  }
  return total;
}
queueMicrotask(main);
