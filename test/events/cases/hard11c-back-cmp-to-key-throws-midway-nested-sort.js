// conformance mode=back
class Tie extends Error {}
function weight(v) {
  if (v === 7) throw new Tie('seven');
  return v % 5;
}
function cmp(a, b) {
  const d = weight(a) - weight(b);
  return d !== 0 ? d : inner(a, b);
}
function inner(a, b) {
  return [b, a].sort(plain)[0] - a;
}
function plain(x, y) {
  return x - y;
}
function order(xs) {
  try {
    return xs.slice().sort(cmp).join(',');
  } catch (e) {
    return rescue(xs);
  }
}
function rescue(xs) {
  const kept = xs.filter(keep);
  return kept.sort(strict).join('|');
}
function keep(v) {
  return v !== 7;
}
let calls = 0;
function strict(a, b) {
  calls += 1;
  if (calls === 3) throw new Error('third');
  return b - a;
}
function main() {
  const out = [];
  for (const xs of [[3, 8, 1], [7, 2], [4, 9, 7, 6, 1], [2, 12]]) {
    try {
      out.push(order(xs));
    } catch (e) {
      out.push(e.message);
    }
  }
  return out.join(';');
}
main();
