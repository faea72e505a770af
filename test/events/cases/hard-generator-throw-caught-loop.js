// conformance mode=record
function* worker() {
  let handled = 0;
  while (handled < 2) {
    try {
      yield handled;
    } catch (e) {
      handled += 1;
      yield -handled;
    } finally {
      handled += 0;
    }
  }
  return handled;
}
function main() {
  const g = worker();
  const out = [g.next().value];
  out.push(g.throw(new TypeError('a')).value);
  out.push(g.next().value);
  out.push(g.throw(new TypeError('b')).value);
  out.push(g.next().value);
  return out.length;
}
main();
