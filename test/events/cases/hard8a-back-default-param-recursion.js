// conformance mode=back
function depth(n, d = n > 0 ? depth(n - 1) + 1 : 0) {
  // (the default runs in depth's frame, before its first line)
  return d * 10 + n;
}
function main() {
  return depth(2);
}
main();
