// conformance mode=record
class Base {
  constructor(x) {
    this.x = x;
  }
  label() {
    return 'base';
  }
}
class Child extends Base {
  constructor(x, y) {
    const sum = x + y;
    super(sum);
    this.y = y;
  }
  label() {
    return super.label() + '+child';
  }
}
const c = new Child(1, 2);
c.label();
