// conformance mode=record
async function step(v, n) {
  for (let i = 0; i < n; i++) {
    await null;
  }
  return v;
}
async function pair(a, b) {
  const r = await Promise.all([step(a, 1), step(b, 2)]);
  return r[0] + r[1];
}
async function main() {
  const r = await Promise.all([pair(1, 2), step(10, 3), pair(3, 4)]);
  return r[0] + r[1] + r[2];
}
queueMicrotask(main);
