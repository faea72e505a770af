// conformance mode=record
class Store {
  async load(k) {
    await null;
    if (k === 'x') throw new KeyError(k);
    return k + k;
  }
}
class Cached extends Store {
  constructor() {
    super(); this.hits = 0;
  }
  async load(k) {
    this.hits += 1;
    try {
      return await super.load(k);
    } catch (e) {
      return '?';
    }
  }
}
class KeyError extends Error {}
async function main() {
  const c = new Cached();
  const r = await c.load('a') + await c.load('x');
  return r + String(c.hits);
}
queueMicrotask(main);
