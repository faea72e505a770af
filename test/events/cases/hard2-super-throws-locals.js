// conformance mode=locals
class Invalid extends Error {}
class Base {
  constructor(size) {
    const limit = 10;
    if (size > limit) {
      throw new Invalid('size');
    }
    this.size = size;
  }
  area(k) {
    const a = this.size * k;
    if (a < 0) {
      throw new Invalid('area');
    }
    return a;
  }
}
class Derived extends Base {
  constructor(size) {
    const doubled = size * 2;
    super(doubled);
  }
  area(k) {
    const base = super.area(k);
    return base + 1;
  }
}
function build(n) {
  const tag = 'b';
  const d = new Derived(n);
  return d.area(-1);
}
function main() {
  let score = 0;
  try {
    score += build(9);
  } catch (e) {
    score += 1;
  }
  try {
    score += build(2);
  } catch (e) {
    score += 10;
  }
  return score;
}
main();
