// conformance mode=back
class Unknown extends Error {}
class Kind {
  static [Symbol.hasInstance](v) {
    return this.test(v);
  }
}
class Int extends Kind {
  static test(v) {
    if (v === null) throw new Unknown('null');
    return typeof v === 'number';
  }
}
class Text extends Kind {
  static test(v) {
    return typeof v === 'string';
  }
}
class Scalar extends Kind {
  static test(v) {
    if (v instanceof Int) return true;
    return v instanceof Text;
  }
}
class Many extends Kind {
  static test(v) {
    if (!Array.isArray(v)) return false;
    return v.every(isScalar);
  }
}
function isScalar(x) {
  try {
    return x instanceof Scalar;
  } catch (e) {
    return x instanceof Many;
  }
}
function classify(xs) {
  const out = [];
  for (const x of xs) {
    out.push(x instanceof Many ? 'M' : isScalar(x) ? 'S' : '-');
  }
  return out.join('');
}
classify([1, 'a', [2, 'b'], [null], null, [[3]], {}]);
