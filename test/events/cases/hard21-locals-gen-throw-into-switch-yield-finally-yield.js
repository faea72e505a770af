// conformance mode=locals
class Skip extends Error {}
function* machine(ops) {
  let i = 0; let state = 'a'; let got = 0;
  while (i < ops.length) {
    try {
      switch (state) {
        case 'a': got = yield ops[i]; state = 'b'; break;
        case 'b': got = yield -i; state = 'a'; break;
      }
    } catch (e) {
      state = state === 'a' ? 'b' : 'a';
      got = yield 'skip';
    } finally {
      i += 1;
      if (got === 7) {
        got = yield 'seven';
      }
    }
  }
  return state;
}
function main() {
  const g = machine(['p', 'q', 'r', 's']);
  let out = g.next().value;
  out += String(g.throw(new Skip('x')).value);
  out += String(g.next(7).value);
  out += String(g.next(1).value);
  out += String(g.throw(new Skip('y')).value);
  out += String(g.next(2).value);
  out += String(g.next(7).value);
  out += String(g.next(0).value);
  const last = g.next().done ? undefined : 0;
  out += last === undefined ? 'a' : 'b';
  return out;
}
main();
