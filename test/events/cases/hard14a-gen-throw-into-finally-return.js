// conformance mode=record
function* g() {
  try {
    yield 1;
    yield 2;
  } finally {
    return 'done';
  }
}
function main() {
  const it = g();
  it.next();
  const r = it.throw(new Error('stop'));
  return r.value;
}
main();
