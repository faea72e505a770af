// conformance mode=record
function outer() { function inner() { return 2; } return inner(); }
function g() {
  var a; a = outer();
  return a;
}
g();
