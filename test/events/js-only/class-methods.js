// conformance mode=record
class Counter {
  constructor(start) {
    this.count = start;
  }
  bump() {
    this.count += 1;
    return this.count;
  }
  get double() {
    return this.count * 2;
  }
  set value(v) {
    this.count = v;
  }
}
const c = new Counter(10);
c.bump();
const d = c.double;
c.value = 3;
