// conformance mode=locals
function split(s) {
  return [s.slice(0, 1), s.slice(1)];
}
function classify(words) {
  let head = '', rest = '';
  let kind = 'none';
  let score = 0;
  let w;
  for (w of words) {
    [head, rest] = split(w);
    if (head === 'a') {
      const bonus = rest.length;
      [score, kind] = [score + bonus, 'vowel'];
    } else if (head === 'b' && rest) {
      const { n, tag } = { n: 2, tag: rest
      };
      score += n;
      kind = tag;
    } else {
      kind = 'other';
    }
  }
  return kind + String(score);
}
classify(['ab', 'bcd', 'x', 'b']);
