// conformance mode=record
class Boom extends Error {}
function f(n) {
  while (n) n -= 1;
  for (let i = 0; i < 2; i++) n += i;
  let a = 1; let b = 2; let c = a + b;
  if (n > 0) n += 1;
  for (const y of [1, 2]) n += y;
  while (n < 10 && n > 0) { n += 3; }
  return c + n;
}
function main() {
  return f(3);
}
main();
