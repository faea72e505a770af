// conformance mode=record
function first_long(words) {
  let found = 'none';
  for (const k in words) {
    if (k.length < 4) {
      continue;
    }
    found = k;
    break;
  }
  return found;
}
first_long({ ox: 1, cat: 2, horse: 3, zebra: 4 });
