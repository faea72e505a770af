// conformance mode=locals
class Bad extends Error {}
class Shape {
  constructor(w) {
    this.w = w;
  }
  get area() {
    if (this.w < 0) throw new Bad('neg');
    return this.w * this.w;
  }
}
class Square extends Shape {
  constructor(w) {
    super(w);
    let tries = 0;
    while (tries < 3) {
      try {
        this.cached = this.area;
        break;
      } catch (e) {
        this.w = Square.fix(this.w, tries);
      } finally {
        tries += 1;
      }
    }
    this.tries = tries;
  }
  static fix(w, t) {
    const label = 'fix' + String(t);
    return label !== 'fix0' ? w + 2 : w + 1;
  }
}
function main() {
  const a = new Square(3).tries;
  const b = new Square(-2).cached;
  return a * 100 + b;
}
main();
