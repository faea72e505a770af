// conformance mode=locals
class Node {
  constructor(value, next) {
    this.value = value;
    this.next = next;
  }
}
class LinkedList {
  constructor() {
    this.head = null;
    this.count = 0;
  }
  push(value) {
    this.head = new Node(value, this.head);
    this.count += 1;
    return this;
  }
  get size() {
    return this.count;
  }
  *[Symbol.iterator]() {
    let node = this.head;
    while (node !== null) {
      const v = node.value;
      yield v;
      node = node.next;
    }
  }
}
function main() {
  const list = new LinkedList();
  list.push(3).push(5).push(8);
  let sum = 0;
  let label = '';
  for (const v of list) {
    sum += v;
    label += String(v);
  }
  return label + '/' + String(sum * list.size);
}
main();
