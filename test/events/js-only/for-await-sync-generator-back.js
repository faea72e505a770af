// conformance mode=back
function* pair() {
  yield 1;
  yield 2;
}
async function main() {
  let total = 0;
  for await (const n of pair()) {
    total += n;
  }
  return total;
}
main();
