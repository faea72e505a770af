// conformance mode=record
function best(pairs) {
  let top = '';
  let score = -1;
  for (const [name, s] of pairs) {
    if (s > score) {
      top = name;
      score = s;
    }
  }
  return top;
}
best([['ann', 3], ['bob', 5], ['cy', 4]]);
