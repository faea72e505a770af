// conformance mode=locals
class Token {
  constructor(kind, text) {
    this.kind = kind;
    this.text = text;
  }
}
function* tokenize(src) {
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ') {
      i += 1;
      continue;
    }
    if ('0123456789'.includes(ch)) {
      let j = i;
      while (j < src.length && '0123456789'.includes(src[j])) j += 1;
      yield new Token('num', src.slice(i, j));
      i = j;
    } else {
      yield new Token('op', ch);
      i += 1;
    }
  }
}
function summarize(src) {
  let nums = 0;
  let ops = '';
  for (const tok of tokenize(src)) {
    if (tok.kind === 'num') {
      nums += Number(tok.text);
    } else {
      ops += tok.text;
    }
  }
  return ops + String(nums);
}
summarize('12 + 3*45');
