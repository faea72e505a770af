// conformance mode=record
class ParseError extends Error {}
function expr(toks, pos) {
  let [val, p] = term(toks, pos);
  while (p < toks.length && toks[p] === '+') {
    const r = term(toks, p + 1);
    val += r[0];
    p = r[1];
  }
  return [val, p];
}
function term(toks, pos) {
  if (pos >= toks.length) throw new ParseError('eof');
  const t = toks[pos];
  if (t === '(') {
    const [v, p] = expr(toks, pos + 1);
    if (p >= toks.length || toks[p] !== ')') throw new ParseError('paren');
    return [v, p + 1];
  }
  if (!'0123456789'.includes(t)) throw new ParseError('bad ' + t);
  return [Number(t), pos + 1];
}
const inputs = ['1+2', '(1+', '3+x', '(4)+5', '2)'];
const results = [];
for (const src of inputs) {
  try {
    const [v, end] = expr(src.split(''), 0);
    if (end !== src.length) throw new ParseError('trailing');
    results.push(v);
  } catch (e) {
    results.push(e.message);
    if (e.message === 'eof') continue;
  } finally {
    results.push('|');
  }
  results.push('.');
}
const summary = results.length;
