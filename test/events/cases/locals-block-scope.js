// conformance mode=locals
function shape(x) {
  let kind = 'small';
  if (x > 10) {
    const half = x / 2;
    kind = 'big' + String(half);
  }
  const extra = 1;
  return kind + String(extra);
}
shape(20);
shape(4);
