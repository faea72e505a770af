// conformance mode=record
async function leaf(x) {
  await null;
  return x * 2;
}
async function mid(x) {
  const y = await leaf(x);
  return y + 1;
}
async function top(x) {
  const z = await mid(x);
  return z * 10;
}
async function main() {
  const r = await top(3);
  return r;
}
queueMicrotask(main);
