// conformance mode=back
class Third extends Error {}
let calls = 0;
function step(acc, x) {
  calls += 1;
  if (calls % 5 === 3) throw new Third(String(calls));
  return acc + (Array.isArray(x) ? deep(x) : x);
}
function deep(xs) {
  return xs.reduce(step);
}
function safeSum(xs) {
  try {
    return xs.reduce(step, 0);
  } catch (e) {
    return -calls;
  }
}
function main() {
  const a = safeSum([1, [2, 3], 4]);
  const b = safeSum([5, [6, [7, 8]]]);
  const c = safeSum([[1, 2], 3]);
  return a * 10000 + b * 100 + c;
}
main();
