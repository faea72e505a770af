// conformance mode=back
class Loop extends Error {}
const defs = { a: 'x{b}y', b: '{c}-{c}', c: 'z', d: '<{e}>', e: '{d}', f: '{a}{d}' };
function expand(text, depth) {
  if (depth > 3) throw new Loop(text);
  return text.replace(/\{(\w)\}/g, (m, k) => sub(k, depth));
}
function sub(k, depth) {
  try {
    return expand(defs[k], depth + 1);
  } catch (e) {
    if (depth % 2 === 1) throw new Loop(k);
    return '!' + k;
  }
}
function render(text) {
  try {
    return expand(text, 0);
  } catch (e) {
    return 'E' + e.message;
  }
}
function main() {
  const r1 = render('[{a}]');
  const r2 = render('{d}.');
  const r3 = render('{f}');
  return r1 + r2 + r3;
}
main();
