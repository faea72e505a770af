// conformance mode=record
function f() {
  let i = 0;
  {} i++;
  lab: ; i++;
  {} while (i < 3) {
    i++;
  }
  return i;
}
f();
