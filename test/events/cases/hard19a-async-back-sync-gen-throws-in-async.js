// conformance mode=back
function* items(n) {
  try {
    for (let i = 0; i < n; i++) {
      yield i;
    }
    throw new Error('exhausted');
  } finally {
    console.log('gen done');
  }
}
async function consume(g) {
  let total = 0;
  for (const v of g) {
    await null;
    total += v;
  }
  return total;
}
async function main() {
  try {
    await consume(items(2));
  } catch (e) {
    return 'caught';
  }
}
queueMicrotask(main);
