// conformance mode=back
class Reject extends Error {}
class Pipeline {
  constructor(min) {
    this.min = min;
  }
  keep(x) {
    return x.weight() >= this.min;
  }
  convert(x) {
    return this.label(x.weight());
  }
  label(w) {
    if (w > 8) {
      throw new Reject('heavy');
    }
    return 'w' + w;
  }
  run(items) {
    const kept = items.filter(this.keep, this);
    kept.sort((a, b) => a.weight() - b.weight());
    return kept.map(this.convert, this);
  }
}
class Box {
  constructor(w) {
    this.w = w;
  }
  weight() {
    return this.w;
  }
}
function main() {
  const p = new Pipeline(2);
  let out = p.run([new Box(5), new Box(1), new Box(3)]);
  try {
    out = p.run([new Box(9)]);
  } catch (e) {
    out = [];
  }
  return out.length;
}
main();
