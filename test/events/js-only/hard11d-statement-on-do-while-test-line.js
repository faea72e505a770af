// conformance mode=record
function f() {
  let d = 0;
  do {
    d++;
  } while (d < 2); d = 10;
  let b = 0;
  do {
    b++; if (b > 0) break;
  } while (b < 2); b = 10;
  return d + b;
}
f();
