// conformance mode=record
function combine(a, b) {
  return a * 10 + b;
}
async function get(n) {
  await null;
  return n;
}
async function main() {
  const r = combine(await get(1), await get(2));
  const s = combine(await get(3), 5);


  return r + s;
}
queueMicrotask(main);
