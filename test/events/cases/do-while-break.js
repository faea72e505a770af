// conformance mode=record
function probe(limit) {
  let tries = 0;
  do {
    tries += 1;
    if (limit < 5) {
      break;
    }
    tries += 10;
  } while (tries < limit);
  return tries;
}
probe(2);
probe(8);
