// conformance mode=record
let trail = '';
async function op() {
  try {
    try {
      await null;
      trail += 'a';
      return 'inner';
    } finally {
      await null;
      trail += 'b';
    }
  } finally {
    await null;
    trail += 'c';
  }
}
async function main() {
  const r = await op();
  return r + trail;
}
queueMicrotask(main);
