// conformance mode=record
class Nameless extends Error {}
class Base {
  static toString() {
    return 'Model:' + this.tableName();
  }
}
class Model extends Base {
  static tableName() {
    if (!Object.hasOwn(this, 'table')) {
      throw new Nameless('table');
    }
    return this.table;
  }
}
class User extends Model {
  static tableName() {
    return 'u_' + super.tableName();
  }
}
function describe(cls) {
  try {
    return `<${cls}>`;
  } catch (e) {
    return 'anon';
  }
}
function main() {
  User.table = 'users';
  const a = describe(User);
  const b = describe(Model);
  return a + b;
}
main();
