// conformance mode=record
async function tick() { await null; }
async function a() {
  try {
    await tick();
    throw new Error('first');
  } finally {
    await tick();
    throw new TypeError('second');
  }
}
async function b() {
  try {
    return await a();
  } catch (e) {
    await tick();
    throw e;
  }
}
async function main() {
  try {
    await b();
  } catch (e) {
    return e.constructor.name;
  }
}
queueMicrotask(main);
