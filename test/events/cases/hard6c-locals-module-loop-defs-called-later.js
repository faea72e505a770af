// conformance mode=locals
const made = [];
let total = 0;
for (const base of [1, 2, 3]) {
  function mk(k) {
    const scale = k * 10;
    function inner(x) {
      if (x + k > 4) throw new Error('big ' + (x + k));
      return x + scale;
    }
    return inner;
  }
  const tag = 'b' + base;
  function peek() {
    return tag + base;
  }
  total += peek().length;
  made.push(mk(base));
}
for (const f of made) {
  try {
    total += f(2);
  } catch (e) {
    total -= 1;
    continue;
  } finally {
    total += 100;
  }
  total += 1000;
}
