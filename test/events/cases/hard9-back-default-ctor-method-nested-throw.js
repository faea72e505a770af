// conformance mode=back
class Bad extends Error {}
function base(k = 1) {
  if (k < 0) throw new Bad('k');
  return k * 10;
}
class Box {
  constructor(w, h = base(w)) {
    // (h's default runs in Box's frame)
    this.a = w + h;
  }
  grow(d = base(this.a),
       e = base(d - 60)) {
    return d + e;
  }
}
function twice(x,
               y = new Box(x).grow(x * 100)) {
  return x + y;
}
function build(n, b = new Box(n)) {
  // (b's default constructs a Box inside build's frame)
  return b.grow() + twice(n);
}
function main() {
  let r = build(1) + build(2, new Box(3, 4));
  try {
    r += new Box(1, 1).grow(5);
  } catch (e) {
    r = -r;
  }
  try {
    r += twice(0);
  } catch (e) {
    r -= 1;
  }
  return r;
}
main();
