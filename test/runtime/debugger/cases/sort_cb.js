function byLen(a, b) {
  const d = a.length - b.length;
  return d;
}

function main() {
  const words = ['ccc', 'a', 'bb'];
  words.sort(byLen);
  const lens = words.map((w) => w.length * 10);
  print(words, lens);
  return lens;
}
module.exports = { main };
