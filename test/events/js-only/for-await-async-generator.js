// conformance mode=record
async function* numbers() {
  yield 1;
  await null;
  yield 2;
}
async function main() {
  let total = 0;
  for await (const n of numbers()) {
    total += n;
  }
  return total;
}
main();
