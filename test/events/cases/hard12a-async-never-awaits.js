// conformance mode=record
async function quick(a) {
  const b = a + 1;
  return b * 2;
}
async function main() {
  const p = quick(4);
  await null;
  const q = quick(5);
  await null;
  return 'done';
}
queueMicrotask(main);
