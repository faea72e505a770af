// conformance mode=back
class TooDeep extends Error {}
class Walker {
  static depth(n) {
    if (n === 0) {
      return this.leaf();
    }
    return 1 + this.depth(n - 1);
  }
  static leaf() {
    return 0;
  }
  measure(n) {
    return this.constructor.depth(n);
  }
}
class Strict extends Walker {
  static leaf() {
    throw new TooDeep('leaf');
  }
  static depth(n) {
    try {
      return super.depth(n);
    } catch (e) {
      return this.recover(n) - (n > 1 ? 1000 : 0);
    }
  }
  static recover(n) {
    return n * 100;
  }
}
function main() {
  const a = new Walker().measure(2);
  const b = new Strict().measure(2);
  return a + b;
}
main();
