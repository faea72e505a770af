// conformance mode=record
async function sum(n) {
  await null;
  if (n === 0) return 0;
  const rest = await sum(n - 1);
  return n + rest;
}
async function main() {
  return await sum(3);
}
queueMicrotask(main);
