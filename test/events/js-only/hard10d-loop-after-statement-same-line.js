// conformance mode=record
function f() {
  let i = 0;
  let s = 0; while (i < 2) {
    i++;
  }
  s = 1; for (const c of [1]) {
    s += c;
  }
  let u = 0; do {
    u = 1;
  } while (false);
  return i + s;
}
f();
