// conformance mode=back
class Odd extends Error {}
function* halves(n) {
  while (n > 1) {
    if (n % 2 === 1) throw new Odd(String(n));
    n = n / 2;
    yield n;
  }
}
function* pieces(xs) {
  for (const x of xs) {
    yield x + 1;
  }
}
function combine(first, ...rest) {
  if (rest.length === 0) return first;
  return first + combine(...pieces(rest));
}
function run(n) {
  try {
    return combine(...halves(n));
  } catch (e) {
    return retry(n - 1);
  }
}
function retry(n) {
  return combine(n, ...pieces([n, n]));
}
function main() {
  const a = run(16);
  const b = run(12);
  return a * 1000 + b;
}
main();
