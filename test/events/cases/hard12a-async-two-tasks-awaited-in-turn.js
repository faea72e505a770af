// conformance mode=record
async function worker(name, n) {
  let i = 0;
  while (i < n) {
    await null;
    i++;
  }
  return name + i;
}
async function main() {
  const a = worker('a', 2);
  const b = worker('b', 3);
  const ra = await a;
  const rb = await b;
  return ra + rb;
}
queueMicrotask(main);
