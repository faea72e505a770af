// conformance mode=back
class Empty extends Error {}
class Registry {
  constructor(key) {
    this.key = key;
  }
  static #norm(s) {
    if (s.length === 0) throw new Empty('empty');
    return s.toLowerCase();
  }
  static create(s) {
    return new this(this.#norm(s));
  }
  static createAll(list) {
    return list.map((s) => Registry.create(s).key).join('+');
  }
}
class Special extends Registry {
  static build(s) {
    return this.create(s);
  }
}
function attempt(fn, arg) {
  try {
    return fn(arg);
  } catch (e) {
    return e instanceof TypeError ? 'brand' : e instanceof Empty ? 'range' : 'other';
  }
}
function main() {
  const a = attempt((s) => Registry.create(s).key, 'AB');
  const b = attempt((s) => Special.build(s).key, 'CD');
  const c = attempt((l) => Registry.createAll(l), ['X', 'Y']);
  const d = attempt((l) => Registry.createAll(l), ['Z', '']);
  return [a, b, c, d].join(',');
}
main();
