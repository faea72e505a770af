// conformance mode=back
class Bad extends Error {}
class Base {
  constructor(v) {
    this.v = this.check(v);
  }
  check(v) {
    return v;
  }
}
class Child extends Base {
  constructor(v, when) {
    if (when === 'before') throw new Bad('before');
    super(v);
    if (when === 'after') throw new Bad('after ' + String(this.v));
    this.ok = true;
  }
  check(v) {
    if (v < 0) throw new Bad('check');
    return v * 2;
  }
}
function make(v, when) {
  try {
    return new Child(v, when).v;
  } catch (e) {
    return e.message;
  }
}
function main() {
  return [make(1, 'before'), make(2, 'after'), make(-1, 'no'), make(3, 'no')];
}
main();
