// conformance mode=record
function Shape(n) {
  if (!new.target) {
    return new Shape(n + 1);
  }
  this.n = n;
}
function main() {
  const a = Shape(1);
  const b = new Shape(5);
  return a.n + b.n;
}
main();
