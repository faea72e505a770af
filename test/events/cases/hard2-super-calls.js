// conformance mode=record
class Shape {
  constructor(n) {
    this.n = n;
  }
  describe() {
    return this.kind() + String(this.n);
  }
  kind() {
    return 'shape';
  }
}
class Square extends Shape {
  constructor(n) {
    super(n * n);
    this.side = n;
  }
  kind() {
    return 'square';
  }
  describe() {
    return '[' + super.describe() + ']';
  }
}
function main() {
  const s = new Square(3);
  return s.describe();
}
main();
