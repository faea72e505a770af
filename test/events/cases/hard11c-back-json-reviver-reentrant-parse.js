// conformance mode=back
class Bad extends Error {}
function revive(k, v) {
  if (typeof v === 'number') {
    return num(v);
  }
  return shape(v);
}
function num(v) {
  if (v < 0) throw new Bad('neg');
  if (v > 100) return JSON.parse('{"n": ' + (v - 100) + ', "m": 1}', revive) + 1;
  return v * 2;
}
function shape(o) {
  const n = Object.keys(o).length;
  return n * 10;
}
function load(text) {
  try {
    return JSON.parse(text, revive);
  } catch (e) {
    return fallback(text.length);
  }
}
function fallback(n) {
  return -n;
}
function main() {
  const a = load('{"a": 1, "b": {"c": 2, "d": 3}}');
  const b = load('{"x": {"y": 105}, "z": 5}');
  const c = load('{"x": {"y": 99, "w": {"q": 130}}, "z": -5}');
  return a + b + c;
}
main();
