// conformance mode=record
function leaf(n) {
  if (n > 1) {
    throw new TypeError('deep');
  }
  return n;
}
function cleanup(tag) {
  return tag * 2;
}
function level3(n) {
  try {
    return leaf(n);
  } finally {
    n = cleanup(n);
  }
}
function level2(n) {
  let total = 0;
  try {
    total = level3(n);
  } finally {
    total += cleanup(1);
    total += 1;
  }
  return total;
}
function level1(n) {
  try {
    return level2(n);
  } finally {
    n += 1;
  }
}
function main() {
  try {
    level1(2);
  } catch (e) {
    level1(0);
  }
  return 'ok';
}
main();
