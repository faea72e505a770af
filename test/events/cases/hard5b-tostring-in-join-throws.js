// conformance mode=record
class Unprintable extends Error {}
class Item {
  constructor(v) {
    this.v = v;
  }
  toString() {
    if (this.v < 0) {
      throw new Unprintable('neg');
    }
    return 'i' + this.v;
  }
}
function render(items) {
  let text = '?';
  try {
    text = items.join(',');
  } finally {
    text += ';';
  }
  return text;
}
function label(items) {
  return `[${render(items)}]`;
}
function main() {
  const good = [new Item(1), new Item(2)];
  let out = label(good);
  try {
    out += label([new Item(3), new Item(-1), new Item(4)]);
  } catch (e) {
    out += String(new Item(9));
  }
  return out;
}
main();
