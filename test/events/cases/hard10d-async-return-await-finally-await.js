// conformance mode=locals
async function fetch(v) {
  await null;
  return v * 3;
}
async function get(v) {
  let tag = 'start';
  try {
    return await fetch(v);
  } finally {
    tag = 'done';
    await null;
    tag = 'after';
  }
}
async function main() {
  const r = await get(2);
  return r + 1;
}
queueMicrotask(main);
