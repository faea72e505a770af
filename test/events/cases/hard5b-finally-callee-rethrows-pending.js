// conformance mode=record
class Fault extends Error {}
let last = null;
function work(n) {
  last = new Fault('work');
  throw last;
}
function cleanup() {
  if (last !== null) {
    throw last;
  }
  return 0;
}
function run(n) {
  let out = 0;
  try {
    try {
      out = work(n);
    } finally {
      out += cleanup();
    }
  } catch (e) {
    out = -1;
  }
  return out;
}
function main() {
  return run(1);
}
main();
