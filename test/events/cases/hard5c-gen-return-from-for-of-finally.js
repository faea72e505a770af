// conformance mode=back
function log(s) {
  return s.length;
}
function* numbers() {
  try {
    yield 1;
    yield 2;
  } finally {
    log('gen-done');
  }
}
function scale(v) {
  return v * 10;
}
function first(limit) {
  const g = numbers();
  try {
    for (const v of g) {
      if (v >= limit) {
        return scale(v);
      }
    }
  } finally {
    log('consumer');
  }
  return -1;
}
function main() {
  return first(2) + first(5);
}
main();
