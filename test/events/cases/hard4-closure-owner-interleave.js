// conformance mode=locals
class Over extends Error {}
function counter(start) {
  let value = start;
  let log = '';
  function step(d) {
    const before = value;
    value = before + d;
    log += String(value);
    if (value > 50) {
      throw new Over(log);
    }
    return before;
  }
  function relay(d) {
    return step(d) + 1;
  }
  step(2);
  value = value * 10;
  log = log + '|';
  relay(3);
  value -= 1;
  try {
    relay(value);
  } catch (e) {
    log = log + 'c';
    value = 0;
  }
  return step(value) + log.length;
}
counter(1);
