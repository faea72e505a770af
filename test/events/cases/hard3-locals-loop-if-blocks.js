// conformance mode=locals
function classify(items) {
  let evens = 0;
  let odds = '';
  let idx = 0;
  while (idx < items.length) {
    const item = items[idx];
    if (item % 2 === 0) {
      const half = item / 2;
      evens += half;
    } else {
      const tag = 'o' + String(item);
      odds += tag;
      if (item > 4) {
        const big = item * 100;
        evens += big;
      }
      odds += '.';
    }
    idx += 1;
  }
  return odds + String(evens);
}
classify([4, 3, 7, 2]);
