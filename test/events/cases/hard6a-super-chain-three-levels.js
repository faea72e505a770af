// conformance mode=record
class Bad extends Error {}
class A {
  constructor(n) {
    this.n = n;
    this.init();
  }
  init() {
    this.tag = 'a';
  }
  describe(k) {
    if (k > this.n) {
      throw new Bad('too big');
    }
    return this.tag + k;
  }
}
class B extends A {
  describe(k) {
    try {
      return 'b' + super.describe(k);
    } catch (e) {
      return 'b!' + super.describe(0);
    }
  }
}
class C extends B {
  constructor(n) {
    super(n + 1);
  }
  init() {
    super.init();
    this.tag += 'c';
  }
  describe(k) {
    let s = '';
    try {
      s = super.describe(k * 2);
    } finally {
      s += '.';
    }
    return s;
  }
}
function main() {
  const c = new C(1);
  return c.describe(1) + c.describe(2);
}
main();
