// conformance mode=locals
function f(x) {
  let steps = 0;
  do {
    steps += 1;
    if (x > 0) continue;
    steps += 10;
  } while (false);
  return steps;
}
f(0); f(1);
