// conformance mode=record
function countdown(n) {
  let total = 0;
  do { n -= 1;
    total += n;
  } while (n > 0);
  return total;
}
countdown(3);
