// conformance mode=record
class NotNumber extends Error {}
class Kind {
  static [Symbol.hasInstance](v) {
    return this.accepts(v);
  }
}
class Even extends Kind {
  static accepts(v) {
    if (typeof v !== 'number') {
      throw new NotNumber('nan');
    }
    return v % 2 === 0;
  }
}
function classify(xs) {
  let evens = 0;
  for (const x of xs) {
    try {
      if (x instanceof Even) {
        evens += 1;
      }
    } catch (e) {
      evens -= 10;
    }
  }
  return evens;
}
classify([1, 2, 'x', 4]);
