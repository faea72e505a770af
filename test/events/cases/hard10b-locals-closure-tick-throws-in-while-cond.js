// conformance mode=locals
class Tired extends Error {}
function make(limit) {
  let n = 0;
  function tick() {
    n += 1;
    if (n === limit) throw new Tired('t');
    return n;
  }
  return tick;
}
function loop(limit) {
  const tick = make(limit);
  let seen = 0;
  try {
    while (tick() < 4) {
      seen += 1;
    }
  } catch (e) {
    seen = -seen;
  }
  return seen;
}
function spin(limit) {
  const tick = make(limit);
  let k = 0;
  do { k += 0;
    k += tick();
  } while (k < 10);
  return k;
}
function main() {
  let r = loop(9) + loop(3) + spin(9);
  try {
    r += spin(3);
  } catch (e) {
    r = -r;
  }
  return r;
}
main();
