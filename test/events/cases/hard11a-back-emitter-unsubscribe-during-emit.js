// conformance mode=back
class Bus {
  constructor() {
    this.subs = [];
  }
  subscribe(fn) {
    this.subs.push(fn);
    const bus = this;
    function unsubscribe() {
      const i = bus.subs.indexOf(fn);
      if (i >= 0) bus.subs.splice(i, 1);
      return i;
    }
    return unsubscribe;
  }
  publish(msg) {
    let delivered = 0;
    for (const fn of this.subs) {
      fn(msg);
      delivered += 1;
    }
    return delivered;
  }
}
const seen = [];
function makeOnce(bus, tag) {
  let off = null;
  function handler(msg) {
    seen.push(tag + msg);
    off();
  }
  off = bus.subscribe(handler);
  return off;
}
function always(msg) {
  seen.push('all' + msg);
}
function main() {
  const bus = new Bus();
  makeOnce(bus, 'x');
  makeOnce(bus, 'y');
  bus.subscribe(always);
  const first = bus.publish('1');
  const second = bus.publish('2');
  const third = bus.publish('3');
  return String(first) + String(second) + String(third) + ':' + seen.join(',');
}
main();
