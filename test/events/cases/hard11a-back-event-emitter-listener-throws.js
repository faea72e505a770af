// conformance mode=back
class ListenerError extends Error {}
class Emitter {
  constructor() {
    this.handlers = {};
  }
  on(name, fn) {
    if (!(name in this.handlers)) this.handlers[name] = [];
    this.handlers[name].push(fn);
  }
  emit(name, value) {
    let called = 0;
    for (const fn of this.handlers[name] || []) {
      try {
        fn(value);
        called += 1;
      } catch (e) {
        report(name, e);
      }
    }
    return called;
  }
}
function report(name, e) {
  return name.length + e.message.length;
}
function onData(v) {
  if (v < 0) throw new ListenerError('negative');
  return v * 2;
}
function logger(v) {
  return String(v);
}
function main() {
  const em = new Emitter();
  em.on('data', onData);
  em.on('data', logger);
  let n = em.emit('data', 5);
  n += em.emit('data', -1);
  n += em.emit('close', 0);
  return n;
}
main();
