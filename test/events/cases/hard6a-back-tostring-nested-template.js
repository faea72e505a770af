// conformance mode=back
class Node {
  constructor(name, child) {
    this.name = name;
    this.child = child;
  }
  toString() {
    if (this.child) {
      return `${this.name}(${this.child})`;
    }
    return this.leaf();
  }
  leaf() {
    return this.name + '.';
  }
}
function show(n) {
  return 'tree ' + n;
}
function main() {
  const t = new Node('a', new Node('b', new Node('c', null)));
  return show(t) + `|${t.child}`;
}
main();
