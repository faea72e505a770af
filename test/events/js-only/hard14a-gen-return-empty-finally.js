// conformance mode=record
function* g() {
  try {
    yield 1;
  } finally {
  }
}
function main() {
  const it = g();
  it.next();
  return it.return(5).value;
}
main();
