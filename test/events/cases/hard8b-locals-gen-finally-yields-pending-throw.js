// conformance mode=locals
class Bad extends Error {}
function risky(n) {
  if (n === 2) throw new Bad('two');
  return n * 10;
}
function* worker(limit) {
  let done = 0;
  let i = 1;
  try {
    while (i <= limit) {
      const got = risky(i);
      yield got;
      done += 1; i += 1;
    }
  } finally {
    const tail = 'cleanup' + String(done);
    yield tail;
    done = -1;
  }
  return done;
}
function drive(limit) {
  const g = worker(limit);
  let out = '';
  try {
    out += String(g.next().value);
    out += String(g.next().value);
    out += String(g.next().value);
  } catch (e) {
    out += '!';
  }
  return out;
}
drive(3);
drive(1);
