// conformance mode=back
const SCALE = 3;
class Temp {
  constructor(c) {
    this.c = c;
  }
  get f() {
    return this.c * Temp.factor + 32;
  }
  set f(v) {
    this.c = (v - 32) / Temp.factor;
  }
  static get factor() {
    return SCALE - 1;
  }
}
function main() {
  const t = new Temp(10);
  const before = t.f;
  t.f = before + 18;
  return t.c;
}
main();
