// conformance mode=record
function* g() { try { yield 1; } finally { yield 2; } }
function P() {}
function main() {
  const it = g();
  it.next();
  const a = it.return(5);
  const b = it.next();
  P();
  return a.value + b.value;
}
main();
