// conformance mode=locals
function scan(xs, table) {
  let v;
  let seen = 0;
  for (v of xs) {
    seen += v;
  }
  const lastV = v;
  let k;
  for (k in table) {
    if (table[k] > 1) {
      break;
    }
  }
  let w = 0;
  for (w of xs) {
    seen += 1;
  }
  return k + String(w + seen);
}
scan([5, 6], { a: 1, b: 2, c: 3 });
scan([], { z: 0 });
