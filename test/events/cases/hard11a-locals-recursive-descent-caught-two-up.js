// conformance mode=locals
class ParseError extends Error {}
class Parser {
  constructor(text) {
    this.text = text;
    this.pos = 0;
  }
  peek() {
    return this.pos < this.text.length ? this.text[this.pos] : '';
  }
  expr() {
    let value = this.term();
    while (this.peek() === '+') {
      this.pos += 1;
      value += this.term();
    }
    return value;
  }
  term() {
    let value = this.atom();
    while (this.peek() === '*') {
      this.pos += 1;
      value *= this.atom();
    }
    return value;
  }
  atom() {
    const ch = this.peek();
    if (ch === '(') {
      this.pos += 1;
      const inner = this.expr();
      if (this.peek() !== ')') throw new ParseError('expected ) at ' + String(this.pos));
      this.pos += 1;
      return inner;
    }
    if (ch >= '0' && ch <= '9') {
      this.pos += 1;
      return Number(ch);
    }
    throw new ParseError('unexpected ' + (ch || 'end'));
  }
}
function evaluate(text) {
  try {
    return new Parser(text).expr();
  } catch (e) {
    return -1;
  }
}
function main() {
  const ok = evaluate('2*(3+4)');
  const bad = evaluate('2*(3+');
  const worse = evaluate('(1+2');
  return [String(ok), String(bad), String(worse)].join(',');
}
main();
