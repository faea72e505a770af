// conformance mode=record
function pump(limit) {
  let n = 0;
  let cleanups = 0;
  while (true) {
    try {
      n += 1;
      if (n >= limit) {
        break;
      }
      if (n === 1) {
        continue;
      }
    } finally {
      cleanups += 1;
    }
  }
  return n * 10 + cleanups;
}
pump(3);
