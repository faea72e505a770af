// conformance mode=locals
class Bad extends Error {}
function inner(n) {
  let d = n;
  try {
    throw new Bad('x');
  } finally {
    const tail = 'in' + String(d);
    d += 1;
  }
}
function outer(n) {
  let k = n;
  try {
    inner(k);
  } finally {
    const note = k * 2;
    k = note;
  }
  return k;
}
function main() {
  try {
    return outer(3);
  } catch (e) {
    return -1;
  }
}
main();
