// conformance mode=locals
function main() {
  let limit = 2;
  let seen = '';
  function* walk() {
    let i = 0;
    while (i < limit) {
      seen += String(i);
      yield i;
      i += 1;
      limit -= 1;
    }
    seen = seen + 'e';
  }
  const g = walk();
  g.next();
  limit = 5;
  g.next();
  seen = seen + 'x';
  g.next();
  limit += 1;
  g.next();
  return seen + String(limit);
}
main();
