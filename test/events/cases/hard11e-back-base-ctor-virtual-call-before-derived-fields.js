// conformance mode=back
class Shape {
  constructor(name) {
    this.name = name;
    this.label = this.describe();
  }
  describe() {
    return 'shape ' + this.name;
  }
}
class Circle extends Shape {
  suffix = this.unit();
  constructor(r) {
    super('circle');
    this.r = r;
  }
  unit() {
    return 'cm' + String(this.r === undefined ? 0 : this.r);
  }
  describe() {
    const s = this.suffix === undefined ? '?' : this.suffix;
    return super.describe() + ':' + s;
  }
}
class Ring extends Circle {
  inner = this.describe();
  constructor(r) {
    super(r + 1);
  }
  describe() {
    return 'ring(' + super.describe() + ')';
  }
}
function main() {
  const c = new Circle(2);
  const g = new Ring(5);
  return c.label + '/' + c.describe() + '/' + g.label + '/' + g.inner + '/' + g.describe();
}
main();
