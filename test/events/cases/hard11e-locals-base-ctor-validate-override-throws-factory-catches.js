// conformance mode=locals
class Invalid extends Error {}
class Model {
  constructor(data) {
    const keys = Object.keys(data).length;
    this.data = data;
    this.validate(keys);
    this.ready = true;
  }
  validate(n) {
    if (n === 0) throw new Invalid('empty');
  }
  static tryCreate(data) {
    let made = 0;
    try {
      const m = new this(data); made = 1;
      return m.describe() + String(made);
    } catch (e) {
      const kind = e instanceof Invalid ? 'invalid' : 'other';
      return kind + String(made);
    }
  }
  describe() {
    return 'model';
  }
}
class User extends Model {
  constructor(data) {
    super(data);
    this.role = 'u';
  }
  validate(n) {
    super.validate(n);
    const name = this.data.name;
    if (name.length < 2) throw new Invalid('short');
  }
  describe() {
    return 'user:' + this.data.name + this.role;
  }
}
function main() {
  const a = User.tryCreate({ name: 'ann' });
  const b = User.tryCreate({ name: 'x' });
  const c = User.tryCreate({});
  const d = Model.tryCreate({ z: 1 });
  return [a, b, c, d].join(' ');
}
main();
