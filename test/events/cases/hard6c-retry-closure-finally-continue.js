// conformance mode=record
function makeFlaky(period) {
  let calls = 0;
  function attempt(x) {
    calls += 1;
    if (calls % period !== 0) throw new Error('flaky ' + calls);
    return x * calls;
  }
  return attempt;
}
function retry(fn, x, tries) {
  const log = [];
  let n = 0;
  while (n < tries) {
    n += 1;
    try {
      const v = fn(x);
      if (v > 20) return v;
      log.push(v);
      continue;
    } catch (e) {
      if (n === 2) continue;
      log.push(e.message);
    } finally {
      log.push(n);
    }
    log.push('tail');
  }
  return log.length;
}
function main() {
  const a = retry(makeFlaky(3), 2, 7);
  const b = retry(makeFlaky(2), 5, 6);
  const c = retry(makeFlaky(9), 1, 3);
  return a + b + c;
}
main();
