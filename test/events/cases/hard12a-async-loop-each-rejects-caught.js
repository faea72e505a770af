// conformance mode=record
class Bad extends Error {}
async function check(n) {
  await null;
  if (n % 2) throw new Bad(String(n));
  return n;
}
async function main() {
  let ok = 0, bad = 0;
  for (let n = 0; n < 4; n++) {
    try {
      ok += await check(n);
    } catch (e) {
      bad += 1;
    }
  }
  return ok * 10 + bad;
}
queueMicrotask(main);
