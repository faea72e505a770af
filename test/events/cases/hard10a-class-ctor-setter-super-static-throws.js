// conformance mode=back
class Bad extends Error {}
class Base {
  constructor(v) {
    this.value = v;
  }
  get value() {
    return this._v;
  }
  set value(v) {
    this._v = Base.check(v);
  }
  static check(v) {
    if (v < 0) throw new Bad('neg');
    return v;
  }
}
class Child extends Base {
  constructor(v) {
    super(v * 2);
    this.extra = this.value + 1;
  }
  get value() {
    return super.value * 10;
  }
  set value(v) {
    super.value = v - 1;
  }
}
function make(v) {
  try {
    return new Child(v).extra;
  } catch (e) {
    return -1;
  }
}
make(3);
make(0);
