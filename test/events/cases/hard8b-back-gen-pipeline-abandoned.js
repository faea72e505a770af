// conformance mode=back
const keep = [];
function* count(n) {
  let i = 0;
  while (i < n) {
    yield i;
    i += 1;
  }
}
function* evens(src) {
  for (const v of src) {
    if (v % 2 === 0) {
      yield v * 10;
    }
  }
}
function take(it, k) {
  let got = 0;
  while (k > 0) {
    got += it.next().value;
    k -= 1;
  }
  return got;
}
function main() {
  const src = count(7);
  const ev = evens(src);
  keep.push(ev);
  let t = take(ev, 2);
  t += take(src, 2);
  t += take(ev, 1);
  keep.push(count(3));
  t += take(keep[1], 1);
  return t;
}
main();
