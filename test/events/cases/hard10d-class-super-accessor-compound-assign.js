// conformance mode=record
class Base {
  constructor() {
    this._x = 1;
  }
  get x() {
    return this._x;
  }
  set x(v) {
    this._x = v;
  }
}
class Derived extends Base {
  get x() {
    return super.x * 100;
  }
  set x(v) {
    super.x = v + 1;
  }
  bump() {
    super.x += 5;
    this.x += 1;
    return this._x;
  }
}
function main() {
  return new Derived().bump();
}
main();
