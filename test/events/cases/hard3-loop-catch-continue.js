// conformance mode=record
class Skip extends Error {}
class Neg extends Error {}
function step(x) {
  if (x % 3 === 0) {
    throw new Skip('skip');
  }
  if (x < 0) {
    throw new Neg('neg');
  }
  return x * 2;
}
function fallback(x) {
  return step(x - 2);
}
function process_all(xs) {
  let acc = 0;
  for (const x of xs) {
    try {
      acc += step(x);
    } catch (e) {
      if (x > 5) {
        continue;
      }
      try {
        acc += fallback(x);
      } catch (e2) {
        acc -= 1;
        continue;
      } finally {
        acc += 100;
      }
      acc += 1000;
    }
    acc += 10000;
  }
  return acc;
}
process_all([1, 3, 9, 0, 2]);
