// conformance mode=record
async function runner(name, steps) {
  for (let i = 0; i < steps; i++) {
    await null;
  }
  return name;
}
async function main() {
  const w = await Promise.race([runner('slow', 4), runner('fast', 1)]);
  return w;
}
queueMicrotask(main);
