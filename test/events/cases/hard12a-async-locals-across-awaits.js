// conformance mode=locals
async function fetchItem(id) {
  const key = 'k' + id;
  await null;
  const val = key + '!';
  return val;
}
async function main() {
  let total = '';
  let n = 0;
  for (const id of [1, 2]) {
    const got = await fetchItem(id);
    total += got; n += 1;
  }
  return total + n;
}
queueMicrotask(main);
