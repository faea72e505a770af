// conformance mode=record
class Oops extends Error {}
async function job(name, failAt) {
  let done = 0;
  for (let i = 0; i < 3; i++) {
    try {
      await null;
      if (i === failAt) throw new Oops(name);
      done += 1;
    } catch (e) {
      done += 10;
    }
  }
  return done;
}
async function main() {
  const r = await Promise.all([job('a', 1), job('b', -1), job('c', 0)]);
  return r[0] + r[1] + r[2];
}
queueMicrotask(main);
