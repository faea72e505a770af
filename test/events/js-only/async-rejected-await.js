// conformance mode=record
async function fail() {
  throw new Error('nope');
}
async function main() {
  try {
    await fail();
  } catch (e) {
    return 'caught';
  }
}
main();
