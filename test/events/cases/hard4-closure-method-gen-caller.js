// conformance mode=back
class Fault extends Error {}
class Runner {
  run(cb, x) {
    const y = cb(x);
    return y + 1;
  }
}
function* produce(limit) {
  const runner = new Runner();
  let i = 0;
  function check(v) {
    if (v >= limit) {
      throw new Fault(String(v));
    }
    return v * 2;
  }
  while (true) {
    yield runner.run(check, i);
    i += 1;
  }
}
function main() {
  let total = 0;
  try {
    for (const v of produce(2)) {
      total += v;
    }
  } catch (e) {
    total += 100;
  }
  return total;
}
main();
