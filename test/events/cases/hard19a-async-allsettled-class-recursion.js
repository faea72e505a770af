// conformance mode=record
class Store {
  async get(k) {
    await null;
    if (k < 0) throw new Error('neg');
    return k * 2;
  }
}
async function one(s, k) { await null; return await s.get(k); }
async function depth(s, k) {
  if (k === 0) return await s.get(-1);
  try {
    return await depth(s, k - 1);
  } catch (e) {
    if (k < 2) throw e;
    return k;
  }
}
async function main() {
  const s = new Store();
  const res = await Promise.allSettled([one(s, 1), one(s, -1), depth(s, 2)]);
  return res.length;
}
queueMicrotask(main);
