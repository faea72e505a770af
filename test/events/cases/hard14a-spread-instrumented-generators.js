// conformance mode=back
function* nums(n) {
  for (let i = 0; i < n; i++) {
    yield i * 2;
  }
}
function total(...xs) {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
function main() {
  const arr = [...nums(2), 9];
  const t = total(...nums(3));
  const set = new Set(nums(2));
  return arr.length + t + set.size;
}
main();
