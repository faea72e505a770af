// conformance mode=record
async function main() {
  let log = 0;
  for (let i = 0; i < 4; i++) {
    try {
      if (i === 1) continue;
      if (i === 3) break;
      await null;
      log += i;
    } finally {
      await null;
      log += 10;
    }
  }
  return log;
}
queueMicrotask(main);
