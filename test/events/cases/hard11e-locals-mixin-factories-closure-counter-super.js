// conformance mode=locals
class Base {
  constructor(n) {
    this.n = n;
  }
  show() {
    return 'b' + String(this.n);
  }
}
function Tagged(Sup, tag) {
  const prefix = tag + ':';
  const C = class extends Sup {
    show() {
      return prefix + super.show();
    }
  };
  return C;
}
function Counted(Sup) {
  let made = 0;
  const C = class extends Sup {
    constructor(n) {
      super(n); made += 1;
      this.idx = made;
    }
    show() {
      const mark = '#' + String(this.idx);
      return super.show() + mark;
    }
  };
  return C;
}
function pair(K, L, i) {
  const k = new K(i); const l = new L(i + 10);
  return k.show() + '|' + l.show();
}
function main() {
  const K = Tagged(Counted(Base), 'x');
  const L = Counted(Tagged(Base, 'y'));
  const out = [pair(K, L, 0), pair(K, L, 1)];
  const checks = (new K(0) instanceof Base ? 1 : 0) + (new L(0) instanceof K ? 10 : 0);
  return out.join(',') + String(checks);
}
main();
