// conformance mode=record
async function main() {
  let hits = 0;
  const api = {
    get: async (k) => {
      await null;
      hits += 1;
      return k + hits;
    },
    twice: async (k) => (await api.get(k)) + (await api.get(k)),
  };
  const r = await api.twice('x');
  return r + hits;
}
queueMicrotask(main);
