// conformance mode=record
class ValueError extends Error {}
async function parse(s) {
  await null;
  if (s === 'bad') throw new ValueError(s);
  return s.length;
}
async function load(s) {
  const n = await parse(s);
  return n + 1;
}
async function handle(s) {
  const v = await load(s);
  return v * 2;
}
async function main() {
  let out = 0;
  try {
    out = await handle('bad');
  } catch (e) {
    out = -1;
  }
  return out;
}
queueMicrotask(main);
