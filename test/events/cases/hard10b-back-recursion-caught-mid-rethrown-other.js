// conformance mode=back
class Low extends Error {}
class High extends Error {}
function dive(n, catchAt) {
  if (n === 0) throw new Low('bottom');
  try {
    return dive(n - 1, catchAt) + 1;
  } catch (e) {
    if (n === catchAt) throw new High('wrapped');
    throw e;
  } finally {
    mark(n);
  }
}
function mark(n) {
  return n;
}
function main() {
  let r = 0;
  try {
    dive(4, 2);
  } catch (e) {
    r += mark(10);
  }
  try {
    dive(2, 9);
  } catch (e) {
    r += mark(20);
  }
  return r;
}
main();
