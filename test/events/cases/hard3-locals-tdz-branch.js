// conformance mode=locals
function pick(flag, n) {
  let chosen;
  if (flag) {
    chosen = n * 2;
  }
  const early = 'e';
  function peek() {
    return late + 1;
  }
  let mid = chosen === undefined ? 'none' : 'some';
  const late = n + 5;
  mid += String(peek());
  let last = late;
  last = chosen === undefined ? last : chosen;
  return mid + String(last);
}
pick(true, 1);
pick(false, 2);
