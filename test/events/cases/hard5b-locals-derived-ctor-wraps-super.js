// conformance mode=locals
class BadSize extends Error {}
class BuildFailed extends Error {}
class Shape {
  constructor(size) {
    const min = 1;
    this.size = size > min ? size : min;
  }
  set size(v) {
    if (v > 5) {
      throw new BadSize('size');
    }
    this._size = v;
  }
}
class Box extends Shape {
  constructor(size) {
    const twice = size * 2;
    try {
      super(twice);
    } catch (e) {
      const why = 'box ' + twice;
      throw new BuildFailed(why);
    }
    this.tag = 'box';
  }
}
function make(n) {
  const made = new Box(n);
  return made._size;
}
function main() {
  let total = make(2);
  try {
    total += make(3);
  } catch (e) {
    total += 10;
  }
  return total;
}
main();
