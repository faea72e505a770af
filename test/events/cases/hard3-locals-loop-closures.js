// conformance mode=locals
function build(n) {
  const fns = [];
  let i = 0;
  while (i < n) {
    const step = i * 10;
    const tag = 't' + String(i);
    function get(x) {
      return x + step + tag.length;
    }
    fns.push(get);
    i += 1;
  }
  return fns;
}
function main() {
  const fns = build(3);
  let total = fns[2](1);
  total += fns[0](2);
  return total;
}
main();
