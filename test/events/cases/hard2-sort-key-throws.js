// conformance mode=back
function key(a, b) {
  throw new TypeError('no order');
}
function sorter(xs) {
  try {
    return xs.slice().sort(key);
  } finally {
    xs.push(0);
  }
}
function main() {
  const xs = [3, 1, 2];
  try {
    sorter(xs);
  } catch (e) {
    return xs.length;
  }
  return -1;
}
main();
