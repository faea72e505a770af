// conformance mode=back
const log = [0];
class Counter {
  #n = 0;
  static #bump(k) {
    log[0] += k;
    return log[0];
  }
  #step(k) {
    this.#n += k;
    return Counter.#bump(k);
  }
  run(times) {
    let last = 0;
    for (let i = 1; i <= times; i++) {
      last = this.#step(i);
    }
    return #n in this ? last + this.#n : -1;
  }
}
function main() {
  return new Counter().run(3) + new Counter().run(1);
}
main();
