// conformance mode=locals
function make_counter(start) {
  let count = start;
  function bump(step) {
    count += step;
    return count;
  }
  return bump;
}
function use() {
  const c = make_counter(5);
  c(1);
  const last = c(2);
  return last;
}
use();
