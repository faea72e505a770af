// conformance mode=locals
const functools = 0;
class Tie extends Error {}
function rank(words, limit) {
  let calls = 0;
  let last = '';
  function cmp(a, b) {

    calls += 1; last = a + b;
    if (calls > limit) throw new Tie(last);
    return a.length - b.length;
  }
  function add(acc, w) {

    last = w;
    return acc + w.length * calls;
  }
  try {
    const ordered = words.slice().sort(cmp);
    var total = ordered.reduce(add, 0);
  } catch (e) {
    total = -calls;
    last = e.message + '!';
  }
  return String(total) + last;
}
function main() {
  const a = rank(['bb', 'a'], 5);
  const b = rank(['ccc', 'a', 'bb'], 1);
  return a + b;
}
main();
