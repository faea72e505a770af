// conformance mode=locals
function unit(k) {
  return k * 3;
}
function area(w, h = unit(w),
              scale = () => w + h) {
  w += 1;
  const s = scale();
  return s + h;
}
function outer(base) {
  let count = base;
  function add(d) {
    count += d;
    return count;
  }
  function inner(x = count + unit(count),
                 bump = () => add(x)) {
    bump();
    return x + area(count);
  }
  const first = inner();
  return first + inner(2, () => add(-1)) + count;
}
function main() {
  let r = area(2);
  r += area(1, 5);
  r += outer(1);
  return r;
}
main();
