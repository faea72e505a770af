// conformance mode=record
class Wrapped extends Error {}
async function fail() {
  await null;
  throw new Error('inner');
}
async function middle() {
  try {
    await fail();
  } catch (e) {
    throw new Wrapped('outer');
  } finally {
    await null;
  }
}
async function main() {
  try {
    await middle();
  } catch (e) {
    return e instanceof Wrapped ? 'wrapped' : 'plain';
  }
}
queueMicrotask(main);
