// conformance mode=record
async function leaf(n) {
  await null;
  throw new Error('leaf' + String(n));
}
async function mid(n) {
  const v = await leaf(n);
  return v;
}
async function upper(n) {
  return await mid(n);
}
async function main() {
  let msg; try {
    await upper(1);
  } catch (e) {
    msg = e.message;
  }
  return msg;
}
queueMicrotask(main);
