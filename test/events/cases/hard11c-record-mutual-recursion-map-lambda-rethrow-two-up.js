// conformance mode=record
class TooDeep extends Error {}
function even(x, depth) {
  if (depth > 3) throw new TooDeep(String(depth));
  if (!Array.isArray(x)) return x * 2;
  return x.map((y) => odd(y, depth + 1)).reduce(add, 0);
}
function odd(x, depth) {
  try {
    return Array.isArray(x) ? even(x, depth + 1) + 1 : x;
  } catch (e) {
    if (depth % 2 === 0) throw e;
    return -depth;
  }
}
function add(a, b) {
  return a + b;
}
function main() {
  const r = [];
  for (const t of [[1, 2], [1, [2, [3]]], [[[[[4]]]]], 5, [[7, [8, [9]]]]]) {
    try {
      r.push(even(t, 0));
    } catch (e) {
      r.push('E' + e.message);
    }
  }
  return r.join(',');
}
main();
