// conformance mode=record
async function tick(v) {
  await null;
  return v;
}
async function guarded(n) {
  try {
    if (n > 0) throw new Error('lost');
    return 'normal';
  } finally {
    const v = await tick(n);
    if (v > 0) return 'swallowed';
  }
}
async function main() {
  const a = await guarded(0);
  const b = await guarded(1);
  return a + b;
}
queueMicrotask(main);
