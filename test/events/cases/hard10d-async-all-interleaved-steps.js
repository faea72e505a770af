// conformance mode=record
async function task(name, n) {
  let i = 0;
  while (i < n) {
    await null;
    i += 1;
  }
  return name;
}
async function main() {
  const res = await Promise.all([task('a', 1), task('b', 3), task('c', 2)]);
  return res.join('');
}
queueMicrotask(main);
