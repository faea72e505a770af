// conformance mode=record
class Bag {
  *each() {
    for (const it of this.items) {
      if (it === null) throw new Error('hole');
      yield it;
    }
  }
}
function main() {
  const b = new Bag();
  b.items = [1, null];
  let t = 0;
  try {
    for (const v of b.each()) t += v;
  } catch (e) {
    t = 0;
  }
  return t;
}
main();
