// conformance mode=back
class Cycle extends Error {}
const table = { a: 'x{b}y', b: '{c}!', c: 'z', d: '{e}', e: '{d}' };
function expand(text, depth) {
  if (depth > 3) {
    throw new Cycle(text);
  }
  return text.replace(/\{(\w)\}/g, (m, name) => expand(table[name], depth + 1));
}
function main() {
  let out = expand('<{a}{c}>', 0);
  try {
    out += expand('{d}', 0);
  } catch (e) {
    out += '#';
  }
  return out;
}
main();
