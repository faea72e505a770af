// conformance mode=locals
function tally(items) {
  let count = 0;
  let last = '';
  function see(x) {
    count += 1;
    last = x;
  }
  for (const it of items) {
    see(it);
  }
  count = count * 100;
}
function relabel(tag) {
  let name = tag;
  function set(v) {
    name = v;
  }
  set(tag + '1');
  if (name.length > 1) {
    set(name + '2');
  }
}
function main() {
  tally(['a', 'b']);
  relabel('x');
  return 0;
}
main();
