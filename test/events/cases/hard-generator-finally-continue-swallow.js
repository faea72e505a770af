// conformance mode=record
function* ticker() {
  let n = 0;
  while (n < 3) {
    n += 1;
    try {
      yield n;
      if (n === 2) {
        throw new Error('dropped');
      }
    } finally {
      if (n < 3) {
        continue;
      }
    }
  }
  return n;
}
function main() {
  const g = ticker();
  const out = [g.next().value];
  out.push(g.throw(new TypeError('swallowed')).value);
  out.push(g.next().value);
  out.push(g.next().value);
  return out.length;
}
main();
