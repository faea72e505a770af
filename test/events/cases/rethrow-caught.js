// conformance mode=record
function risky() {
  throw new TypeError('bad type');
}
function relay() {
  try {
    risky();
  } catch (e) {
    const seen = 1;
    throw e;
  }
}
function main() {
  try {
    relay();
  } catch (e) {
    return 'main caught';
  }
}
main();
