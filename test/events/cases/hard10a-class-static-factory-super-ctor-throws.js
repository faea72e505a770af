// conformance mode=record
class Bad extends Error {}
class Base {
  constructor(v) {
    this.v = this.norm(v);
  }
  norm(v) {
    if (v > 9) throw new Bad('big');
    return v;
  }
  static create(v) {
    try {
      return new this(v);
    } finally {
      this.count += 1;
    }
  }
}
class Child extends Base {
  norm(v) {
    return super.norm(v + 5);
  }
  static create(v) {
    try {
      return super.create(v);
    } catch (e) {
      return this.create(0);
    }
  }
}
function main() {
  Base.count = 0;
  const a = Child.create(2).v;
  const b = Child.create(7).v;
  return a + b + Base.count * 100 + Child.count * 10;
}
main();
