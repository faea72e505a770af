// conformance mode=locals
class Timeout extends Error {}
const failures = { b: 1, c: 5 };
async function fetchItem(key) {
  await null;
  const left = failures[key] || 0;
  if (left > 0) {
    failures[key] = left - 1;
    throw new Timeout(key);
  }
  return key.toUpperCase();
}
async function withRetry(key, tries) {
  let attempt = 0;
  while (true) {
    attempt += 1;
    try {
      const value = await fetchItem(key);
      return value + String(attempt);
    } catch (e) {
      if (attempt >= tries) return 'gave-up:' + key;
      await null;
    }
  }
}
async function main() {
  const results = await Promise.all([withRetry('a', 3), withRetry('b', 3), withRetry('c', 2)]);
  let joined = '';
  for (const r of results) {
    joined += r + ' ';
  }
  return joined;
}
queueMicrotask(main);
