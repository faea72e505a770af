// conformance mode=record
class IOError extends Error {}
let closed = 0;
async function work(n) {
  try {
    await null;
    if (n > 1) throw new IOError('x');
    return n;
  } finally {
    await null;
    closed += 1;
  }
}
async function main() {
  let got = 0;
  for (const n of [1, 2]) {
    try {
      got += await work(n);
    } catch (e) {
      got += 100;
    }
  }
  return got + closed;
}
queueMicrotask(main);
