// conformance mode=locals
class Base {
  constructor(n) {
    this.n = n;
  }
  fmt(x) {
    return 'b' + x;
  }
}
class Derived extends Base {
  constructor(n) {
    const init = () => { super(n * 2); };
    const k = n + 1;
    init();
    this.k = k;
  }
  fmt(x) {
    return 'd' + x;
  }
  all(xs) {
    return xs.map((x) => super.fmt(x) + this.fmt(x));
  }
}
function main() {
  const d = new Derived(3);
  return d.all([1, 2]).join() + d.n;
}
main();
