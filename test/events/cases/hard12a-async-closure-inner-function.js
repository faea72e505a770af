// conformance mode=record
async function main() {
  let count = 0;
  async function bump(by) {
    await null;
    count += by;
    return count;
  }
  const a = await bump(2);
  const b = await bump(a);
  return count * 10 + b;
}
queueMicrotask(main);
