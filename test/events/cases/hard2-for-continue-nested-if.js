// conformance mode=record
function classify(xs) {
  let odd = 0;
  let big = 0;
  for (const x of xs) {
    if (x % 2 === 1) {
      if (x > 5) {
        big += 1;
        continue;
      }
      odd += 1;
    } else if (x === 4) {
      continue;
    }
    odd += 0;
  }
  return odd + big * 10;
}
classify([1, 7, 4, 2, 9, 3]);
