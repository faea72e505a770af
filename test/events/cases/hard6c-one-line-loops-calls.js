// conformance mode=record
function step(x) {
  if (x === 7) throw new Error('seven');
  return x + 2;
}
function* gen(n) {
  let i = 0;
  while (i < n) yield i++;
}
function run(start) {
  let x = start;
  while (x < 6) x = step(x);
  let total = 0;
  for (const v of gen(3)) total += v;
  try {
    while (x < 20) x = step(x);
  } catch (e) {
    total += 100;
  }
  return total + x;
}
function main() {
  return run(1) + run(6);
}
main();
