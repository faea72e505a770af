// conformance mode=record
async function more(i) {
  await null;
  return i < 2;
}
async function main() {
  let i = 0;
  while (await more(i)) {
    i += 1;
  }
  return i;
}
queueMicrotask(main);
