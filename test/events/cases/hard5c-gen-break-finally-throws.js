// conformance mode=record
class Cleanup extends Error {}
function release(n) {
  if (n > 1) {
    throw new Cleanup('busy');
  }
  return n;
}
function* lease(n) {
  try {
    yield n;
  } finally {
    release(n);
  }
}
function take(n) {
  let got = 0;
  for (const v of lease(n)) {
    got = v;
    break;
  }
  return got;
}
function main() {
  let r = take(1);
  try {
    r += take(2);
  } catch (e) {
    r += 100;
  }
  return r;
}
main();
