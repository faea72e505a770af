// conformance mode=locals
class Base {
  constructor(v) {
    this.v = v;
  }
  static create(n) {
    const made = new this(n);
    return made;
  }
  static label() {
    return 'base';
  }
}
class Mid extends Base {
  static create(n) {
    const doubled = n * 2;
    return super.create(doubled);
  }
  static label() {
    return 'mid/' + super.label();
  }
}
class Leaf extends Mid {
  static create(n) {
    const tag = this.label();
    const obj = super.create(n + 1);
    obj.tag = tag;
    return obj;
  }
  static label() {
    return 'leaf/' + super.label();
  }
}
function main() {
  const x = Leaf.create(3);
  const y = Mid.create(5);
  return x.v + y.v + x.tag.length;
}
main();
