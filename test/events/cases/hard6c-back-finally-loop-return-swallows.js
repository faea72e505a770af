// conformance mode=back
function probe(x) {
  if (x % 3 === 0) throw new Error('three ' + x);
  return x;
}
function scan(items, depth) {
  try {
    if (depth > 0) return scan(items, depth - 1) + 1;
    return probe(items[0]);
  } finally {
    for (const it of items) {
      if (it === depth) continue;
      if (it > depth + 4) return -it;
    }
  }
}
function outer(items) {
  try {
    return scan(items, 2);
  } catch (e) {
    return probe(1);
  }
}
function main() {
  const a = outer([3, 1, 9]);
  const b = outer([3, 2]);
  const c = outer([4, 5]);
  return a + b + c;
}
main();
