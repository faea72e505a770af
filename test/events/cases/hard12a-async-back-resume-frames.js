// conformance mode=back
function helper(x) {
  return x + 1;
}
async function inner(x) {
  const a = helper(x);
  await null;
  return helper(a);
}
async function outer() {
  const v = await inner(1);
  return helper(v);
}
async function main() {
  const r = await outer();
  return r;
}
queueMicrotask(main);
