// conformance mode=record
async function get(v) {
  await null;
  return v;
}
async function main() {
  const a = (await get(true)) ? await get(1) : await get(2);
  const b = (await get(0)) || await get(5);
  return a + b;
}
queueMicrotask(main);
