// conformance mode=record
async function main() {
  let total = 0;
  for await (const v of [1, 2]) {
    total += v;
  }
  return total;
}
main();
