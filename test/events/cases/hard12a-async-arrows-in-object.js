// conformance mode=record
const ops = {
  inc: async (x) => (await null, x + 1),
  twice: async (x) => {
    const y = await ops.inc(x);
    await null;
    return y * 2;
  },
};
async function main() {
  const a = await ops.twice(3);
  const b = await ops.twice(a);
  return a + b;
}
queueMicrotask(main);
