// conformance mode=back
class Registry {
  static create(kind) {
    return this.normalize(kind) + this.suffix();
  }
  static normalize(kind) {
    if (kind === '') throw new Error('empty');
    return kind.toLowerCase();
  }
  static suffix() {
    return '-v1';
  }
}
class Special extends Registry {
  static suffix() {
    return super.suffix() + '!';
  }
}
function main() {
  let out = Registry.create('A') + Special.create('B');
  try {
    out += Special.create('');
  } catch (e) {
    out += '?';
  }
  return out;
}
main();
