// conformance mode=back
class Btn {
  label = 'ok';
  onClick = () => this.label + '!';
}
function fire(cb) {
  return cb();
}
function main() {
  const b = new Btn();
  b.label = 'go';
  return fire(b.onClick);
}
main();
