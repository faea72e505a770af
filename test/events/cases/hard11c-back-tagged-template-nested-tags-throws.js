// conformance mode=back
class Unsafe extends Error {}
function html(strings, ...vals) {
  let out = strings[0];
  for (let i = 0; i < vals.length; i++) {
    out += esc(vals[i]) + strings[i + 1];
  }
  return out;
}
function esc(v) {
  if (String(v).startsWith('<s')) throw new Unsafe(String(v));
  return String(v);
}
function item(n) {
  return html`<li>${n}:${label(n)}</li>`;
}
function label(n) {
  return n > 9 ? '<script>' : String(n * n);
}
function list(ns) {
  try {
    return html`<ul>${ns.map(item).join('')}</ul>`;
  } catch (e) {
    return raw`${e.message}!${ns.length}`;
  }
}
function raw(strings, ...vals) {
  return vals.join(strings[1]);
}
function main() {
  const a = list([1, 2]);
  const b = list([3, 12, 4]);
  return a + '|' + b;
}
main();
