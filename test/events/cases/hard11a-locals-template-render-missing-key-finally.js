// conformance mode=locals
class MissingKey extends Error {
  constructor(key) {
    super('missing ' + key);
    this.key = key;
  }
}
function lookup(data, key) {
  if (!(key in data)) throw new MissingKey(key);
  return String(data[key]);
}
function render(template, data) {
  let out = '';
  let pos = 0;
  while (true) {
    const open = template.indexOf('{', pos);
    if (open < 0) break;
    const close = template.indexOf('}', open);
    const key = template.slice(open + 1, close);
    out += template.slice(pos, open) + lookup(data, key);
    pos = close + 1;
  }
  return out + template.slice(pos);
}
function renderAll(templates, data) {
  const results = [];
  let failures = 0;
  for (const t of templates) {
    try {
      results.push(render(t, data));
    } catch (e) {
      failures += 1;
      results.push('<' + e.key + '>');
    } finally {
      data.count += 1;
    }
  }
  return results.join('|') + '#' + String(failures);
}
function main() {
  const data = { name: 'ada', lang: 'js', count: 0 };
  const text = renderAll(['hi {name}', '{lang} by {name}!', 'oops {who}', 'plain'], data);
  return text + '@' + String(data.count);
}
main();
