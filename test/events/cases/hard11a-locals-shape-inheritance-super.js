// conformance mode=locals
class Shape {
  constructor(name) {
    this.name = name;
  }
  area() {
    return 0;
  }
  describe() {
    const a = this.area();
    return this.name + '=' + String(a);
  }
}
class Rect extends Shape {
  constructor(w, h) {
    super('rect');
    this.w = w;
    this.h = h;
  }
  area() {
    return this.w * this.h;
  }
}
class Square extends Rect {
  constructor(side) {
    super(side, side);
    this.name = 'square';
  }
  describe() {
    const base = super.describe();
    return base + '!';
  }
}
function main() {
  const shapes = [new Rect(2, 3), new Square(4), new Shape('dot')];
  let out = '';
  for (const s of shapes) {
    out += s.describe() + ';';
  }
  return out;
}
main();
