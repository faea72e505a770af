// conformance mode=record
async function job(n) {
  await null;
  if (n === 2) throw new Error('job' + String(n));
  return n;
}
async function main() {
  try {
    const res = await Promise.all([job(1), job(2)]);
    return res;
  } catch (e) {
    await null;
    return 'failed';
  }
}
queueMicrotask(main);
