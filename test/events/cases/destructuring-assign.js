// conformance mode=locals
function swap(pair) {
  let [a, b] = pair;
  [a, b] = [b, a];
  const box = { w: a, h: b };
  const { w, h } = box;
  return w * 10 + h;
}
swap([1, 2]);
