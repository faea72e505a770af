// conformance mode=locals
class Stop extends Error {}
function run(limit) {
  let count = 0;
  let note = 'n';
  function bump(by) {
    count += by;
    note = note + String(count);
    if (count > limit) {
      throw new Stop('over');
    }
    return count;
  }
  bump(1);
  const seen = count;
  try {
    bump(limit);
  } catch (e) {
    note = 'caught';
  }
  return bump(-count);
}
function main() {
  let r = run(5);
  try {
    r += run(9);
  } catch (e) {
    r -= 1;
  }
  return r;
}
main();
