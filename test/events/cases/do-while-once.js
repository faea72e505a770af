// conformance mode=record
function more(n) {
  return n < 0;
}
function once(n) {
  let steps = 0;
  do {
    steps += 1;
    n -= 1;
  } while (more(n));
  return steps;
}
once(3);
