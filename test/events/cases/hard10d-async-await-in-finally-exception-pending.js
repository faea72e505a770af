// conformance mode=record
async function cleanup(tag) {
  await null;
  return tag;
}
async function work() {
  try {
    throw new Error('boom');
  } finally {
    await cleanup('c');
    const x = 1;
  }
}
async function main() {
  try {
    await work();
  } catch (e) {
    return 'caught';
  }
}
queueMicrotask(main);
