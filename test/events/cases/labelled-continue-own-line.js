// conformance mode=record
function count_pairs(n) {
  let pairs = 0;
  outer:
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j > i) continue outer;
      pairs += 1;
    }
  }
  return pairs;
}
count_pairs(3);
