// conformance mode=record
function leaf(n) {
  throw new Error('leaf ' + String(n));
}
function lower(n) {
  const r = leaf(n);
  return r;
}
function middle(n) {
  try {
    return lower(n);
  } catch (e) {
    return 'recovered';
  }
}
function top() {
  const v = middle(1);
  return v;
}
top();
