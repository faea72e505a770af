// conformance mode=back
const key = 'run';
class K {
  [key + 'Fast'](n) {
    return this[`${key}Slow`](n) + 1;
  }
  [`${key}Slow`](n) {
    return n * 2;
  }
  static ['make']() {
    return new K();
  }
}
function main() {
  return K.make().runFast(4);
}
main();
