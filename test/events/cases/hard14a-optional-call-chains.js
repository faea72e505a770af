// conformance mode=back
function leaf(x) {
  return x * 2;
}
function pick(o) {
  const a = o?.inner?.fn?.(3);
  const b = o?.missing?.fn?.(4);
  return (a ?? 0) + (b ?? 1);
}
function main() {
  return pick({ inner: { fn: leaf } }) + pick(null) + pick({ inner: {} });
}
main();
