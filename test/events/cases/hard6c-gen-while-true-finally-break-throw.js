// conformance mode=record
function note(log, v) {
  log.push(v);
  return log.length;
}
function* worker(log) {
  let n = 0;
  while (true) {
    try {
      const got = yield n;
      n += got;
      if (n > 5) throw new Error('over');
    } finally {
      note(log, n);
      if (n > 1) break;
    }
    n += 1;
  }
  yield -n;
  note(log, 'end');
}
function main() {
  const log = [];
  const w = worker(log);
  let out = w.next().value;
  out += w.next(1).value;
  out += w.throw(new TypeError('stop')).value;
  const last = w.next();
  const w2 = worker(log);
  w2.next();
  out += w2.next(9).value;
  const rest = w2.next();
  return out + log.length;
}
main();
