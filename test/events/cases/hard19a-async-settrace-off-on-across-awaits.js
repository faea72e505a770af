// conformance mode=record
const { settrace, gettrace } = require('jstrace');
let saved = null;
async function worker(k) {
  await null;
  if (k === 1) { saved = gettrace(); settrace(null); }
  await null;
  if (k === 3 && saved) { settrace(saved); }
  await null;
  return k;
}
async function main() {
  const r = await Promise.all([worker(1), worker(2), worker(3)]);
  await worker(4);
  return r.length;
}
queueMicrotask(main);
