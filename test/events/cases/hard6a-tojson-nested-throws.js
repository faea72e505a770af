// conformance mode=record
class Hidden extends Error {}
class Tag {
  constructor(v) {
    this.v = v;
  }
  toJSON() {
    return 't' + this.v;
  }
}
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  toJSON() {
    if (this.x < 0) {
      throw new Hidden('x');
    }
    return { x: this.x, tags: this.tags() };
  }
  tags() {
    return [new Tag(this.y), new Tag(this.y + 1)];
  }
}
function dump(points) {
  let text = '';
  try {
    text = JSON.stringify({ list: points });
  } catch (e) {
    text = 'hidden';
  }
  return text;
}
function main() {
  const a = dump([new Point(1, 2), new Point(3, 4)]);
  const b = dump([new Point(5, 6), new Point(-1, 0)]);
  return a.length + b.length;
}
main();
