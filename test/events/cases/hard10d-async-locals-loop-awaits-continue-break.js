// conformance mode=locals
async function main() {
  let acc = 0;
  let i = 0; let step = 0;
  while (i < 6) {
    i += 1;
    await null;
    if (i % 2 === 0) continue;
    if (i > 4) break;
    step = await twice(i);
    acc += step;
  }
  return acc;
}
async function twice(k) {
  await null;
  return k * 2;
}
queueMicrotask(main);
