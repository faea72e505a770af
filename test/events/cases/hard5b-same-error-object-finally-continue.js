// conformance mode=record
class Busy extends Error {}
const BUSY = new Busy('busy');
function attempt(n) {
  if (n < 3) {
    throw BUSY;
  }
  return n;
}
function retry() {
  let n = 0;
  while (n < 5) {
    n += 1;
    try {
      return attempt(n);
    } finally {
      if (n < 3) {
        continue;
      }
    }
  }
  return -1;
}
function main() {
  let got = retry();
  return got;
}
main();
