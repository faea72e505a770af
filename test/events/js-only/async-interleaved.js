// conformance mode=record
async function worker(name) {
  await null;
  const a = 1;
  await null;
  return name;
}
worker('a');
worker('b');
