// conformance mode=locals
class Dir {
  constructor(name) {
    this.name = name;
    this.children = [];
    this.files = {};
  }
  add(child) {
    this.children.push(child);
    return child;
  }
  get size() {
    let total = 0;
    for (const f in this.files) total += this.files[f];
    for (const child of this.children) {
      const sub = child.size;
      total += sub;
    }
    return total;
  }
  *walk(prefix) {
    const path = prefix + this.name + '/';
    yield path + ':' + String(this.size);
    for (const child of this.children) {
      yield* child.walk(path);
    }
  }
}
function build() {
  const root = new Dir('');
  root.files.readme = 3;
  const src = root.add(new Dir('src'));
  src.files.main = 10;
  src.add(new Dir('lib')).files.util = 5;
  root.add(new Dir('empty'));
  return root;
}
function main() {
  const lines = [];
  for (const line of build().walk('')) {
    lines.push(line);
  }
  return lines.join(' ');
}
main();
