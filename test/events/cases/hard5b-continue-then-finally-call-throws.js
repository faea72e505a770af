// conformance mode=record
class Closed extends Error {}
function release(x) {
  if (x === 2) {
    throw new Closed('release');
  }
  return x;
}
function scan(xs) {
  let seen = 0;
  try {
    for (const x of xs) {
      try {
        if (x > 0) {
          continue;
        }
        seen += 10;
      } finally {
        seen += release(x);
      }
    }
  } catch (e) {
    seen = -seen;
  }
  return seen;
}
function main() {
  return scan([0, 1, 2, 3]);
}
main();
