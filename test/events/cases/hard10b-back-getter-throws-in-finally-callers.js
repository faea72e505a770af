// conformance mode=back
class Gone extends Error {}
class Box {
  constructor(v) {
    this.v = v;
  }
  get size() {
    if (this.v === null) throw new Gone('size');
    return measure(this.v);
  }
}
function measure(v) {
  return v * 2;
}
function close(box) {
  return box.size + 1;
}
function use(box) {
  try {
    return measure(3);
  } finally {
    close(box);
  }
}
function main() {
  let n = use(new Box(4));
  try {
    n += use(new Box(null));
  } catch (e) {
    n += close(new Box(1));
  }
  return n;
}
main();
