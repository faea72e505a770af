// conformance mode=back
function fallback() {
  return 7;
}
function size(opts) {
  const { width = fallback(), height = 2 } = opts;
  return width * height;
}
size({ width: 3 });
size({ height: 5 });
