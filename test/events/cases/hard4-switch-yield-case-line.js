// conformance mode=record
function* route(cmds) {
  let acc = 0;
  for (const c of cmds) {
    switch (c) {
      case 'b':
        acc += yield 2;
      case 'c': acc += yield 3; break;
      case 'a': acc += yield 1; break;
      default: yield acc;
    }
    acc += 1;
  }
  return acc;
}
function main() {
  const g = route(['b', 'a', 'c', 'z']);
  let total = g.next().value;
  total += g.next(10).value;
  total += g.next(20).value;
  total += g.next(30).value;
  total += g.next(40).value;
  g.next();
  return total;
}
main();
