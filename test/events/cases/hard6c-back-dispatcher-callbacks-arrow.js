// conformance mode=back
function makeHandler(tag, limit) {
  function handler(ev) {
    ev.seen.push(tag);
    if (ev.n > limit) throw new Error(tag + ' over');
    return ev.n;
  }
  return handler;
}
function validate(ev) {
  if (typeof ev.n !== 'number') throw new TypeError('n');
  return true;
}
function dispatch(handlers, ev) {
  let ok = 0;
  for (const h of handlers) {
    try {
      validate(ev);
      h(ev);
      ok += 1;
    } catch (e) {
      if (e instanceof TypeError) break;
      ev.seen.push(e.message);
      continue;
    } finally {
      ev.count += 1;
    }
    ok += 10;
  }
  return ok + ev.count;
}
function main() {
  const hs = [makeHandler('a', 1), (ev) => validate(ev) && ev.n * 2, makeHandler('b', 5)];
  let total = 0;
  for (const n of [0, 3, 'x', 9]) {
    total += dispatch(hs, { n: n, seen: [], count: 0 });
  }
  return total;
}
main();
