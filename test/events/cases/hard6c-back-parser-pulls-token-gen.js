// conformance mode=back
class Syntax extends Error {}
function* tokens(text) {
  for (const ch of text) {
    if (ch === ' ') continue;
    yield ch;
  }
  yield '$';
}
function take(st) {
  st.cur = st.gen.next().value;
  return st.cur;
}
function list(st) {
  let n = 0;
  while (take(st) !== ']') {
    if (st.cur === '[') n += list(st);
    else if (st.cur === '$') throw new Syntax('eof');
    else n += 1;
  }
  return n;
}
function parse(text) {
  const st = { gen: tokens(text), cur: '' };
  try {
    if (take(st) !== '[') throw new Syntax('start');
    return list(st);
  } catch (e) {
    return -1;
  } finally {
    while (st.cur !== '$') {
      take(st);
    }
    st.gen.next();
  }
}
function main() {
  return parse('[a [b c] d] x') + parse('[a [b') + parse('q');
}
main();
