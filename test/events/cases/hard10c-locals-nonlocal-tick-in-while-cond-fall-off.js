// conformance mode=locals
function outer(n) {
  let count = 0;
  let last = '';
  function tick(tag) {

    count += 1; last = tag;
    return count;
  }
  while (tick('w') < n) {
    if (count % 2) continue;
    tick('b');
  }
}
function main() {
  outer(5); outer(1);
}
main();
