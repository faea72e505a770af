// conformance mode=record
class A extends Error {}
class B extends Error {}
function* inner(k) {
  try {
    yield k;
    if (k > 1) throw new B('b');
  } finally {
    if (k === 3) return;
  }
}
function* outer(k) {
  try {
    yield 0;
    throw new A('a');
  } finally {
    yield* inner(k);
    yield -1;
  }
}
function drive(k) {
  const seen = [];
  try {
    for (const v of outer(k)) {
      seen.push(v);
    }
  } catch (e) {
    seen.push(e instanceof A ? 'A' : 'B'); if (e instanceof B) seen.push('x');
  }
  return seen.length;
}
function main() {
  let r = drive(1);
  try {
    r += drive(2);
  } catch (e) {
    r += 100;
  }
  return r + drive(3);
}
main();
