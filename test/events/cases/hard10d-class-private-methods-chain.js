// conformance mode=back
class Parser {
  constructor(text) {
    this.text = text;
  }
  #token(i) {
    if (i >= this.text.length) throw new Error('eof');
    return this.text[i];
  }
  #pair(i) {
    return this.#token(i) + this.#token(i + 1);
  }
  parse() {
    try {
      return this.#pair(0) + '|' + this.#pair(2);
    } catch (e) {
      return 'short';
    }
  }
}
function main() {
  return new Parser('abcd').parse() + new Parser('abc').parse();
}
main();
