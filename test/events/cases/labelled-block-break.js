// conformance mode=record
function classify(x) {
  let kind = 'none';
  check: {
    if (x < 0) {
      kind = 'negative';
      break check;
    }
    kind = 'non-negative';
  }
  return kind;
}
classify(-2);
classify(3);
