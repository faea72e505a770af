// conformance mode=locals
class Bad extends Error {}
function outer(n) {
  let state = 0;
  function bump(k) {

    state = state * 10 + k;
  }
  for (const i of [1, 2, 3]) {
    try {
      if (i === n) throw new Bad(String(i));
      bump(i);
    } finally {
      bump(i + 5);
    }
    state += 1;
  }
  return state;
}
function main() {
  try {
    outer(2);
  } catch (e) {
    return outer(5);
  }
}
main();
