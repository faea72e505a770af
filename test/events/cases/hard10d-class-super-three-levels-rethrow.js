// conformance mode=record
class Fail extends Error {}
class A {
  run(n) {
    if (n < 0) throw new Fail('neg');
    return n + 1;
  }
}
class B extends A {
  run(n) {
    try {
      return super.run(n) * 2;
    } catch (e) {
      throw new Fail('B saw ' + e.message);
    } finally {
      this.seen = n;
    }
  }
}
class C extends B {
  run(n) {
    try {
      return super.run(n - 1) + 100;
    } catch (e) {
      return -this.seen;
    }
  }
}
function main() {
  const c = new C();
  return c.run(3) + c.run(0);
}
main();
