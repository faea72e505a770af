// conformance mode=back
class Boom extends Error {}
class Other extends Error {}
function check(v) {
  if (v > 1) throw new Boom('big');
  return v;
}
function cleanup(tag) {
  throw new Other(tag);
}
function* inner(n) {
  let i = 0;
  try {
    while (true) {
      yield check(i);
      i += 1;
    }
  } finally {
    if (i > 0) cleanup('inner');
  }
}
function* middle() {
  try {
    yield* inner(3);
    yield -2;
    yield -1;
  } finally {
    check(0);
  }
}
function main() {
  let total = 0;
  try {
    for (const v of middle()) {
      total += v;
    }
  } catch (e) {
    total += 100;
  }
  return total;
}
main();
