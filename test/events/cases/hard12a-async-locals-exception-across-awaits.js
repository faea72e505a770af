// conformance mode=locals
class Fail extends Error {}
async function inner(x) {
  const y = x * 2;
  await null;
  if (y > 2) throw new Fail('big');
  return y;
}
async function outer(x) {
  let tag = 'o';
  try {
    const r = await inner(x);
    tag = tag + r;
  } catch (e) {
    tag = tag + '!';
  }
  return tag;
}
async function main() {
  const a = await outer(1);
  const b = await outer(5);
  return a + b;
}
queueMicrotask(main);
