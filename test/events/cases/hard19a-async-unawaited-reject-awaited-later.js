// conformance mode=record
async function fail(x) {
  await null;
  await null;
  await null;
  throw new Error('bad');
}
async function mid() {
  const p = fail(1);
  await null;
  try {
    return await p;
  } finally {
    await null;
  }
}
async function main() {
  try {
    await mid();
  } catch (e) {
    return 'caught';
  }
}
queueMicrotask(main);
