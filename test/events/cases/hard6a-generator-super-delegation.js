// conformance mode=record
class Stop extends Error {}
class A {
  *items(n) {
    yield n;
    if (n > 5) {
      throw new Stop('big');
    }
    yield this.extra(n);
  }
  extra(n) {
    return n + 1;
  }
}
class B extends A {
  *items(n) {
    yield* super.items(n * 2);
    return 'b';
  }
}
class C extends B {
  *items(n) {
    try {
      const r = yield* super.items(n + 1);
      yield r;
    } catch (e) {
      yield -1;
    }
  }
  extra(n) {
    return n * 100;
  }
}
function main() {
  const c = new C();
  const got = [...c.items(1), ...c.items(3)];
  return got.length;
}
main();
