// conformance mode=record
async function fetchValue() {
  return 5;
}
async function main() {
  const v = await fetchValue();
  const w = await 2;
  return v + w;
}
main();
const after = 1;
