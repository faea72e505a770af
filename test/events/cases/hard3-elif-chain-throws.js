// conformance mode=record
class BadKind extends Error {}
function is_kind(v, k) {
  if (k === 'z') {
    throw new BadKind(k);
  }
  return v === k;
}
function dispatch(v) {
  let r = 0;
  if (is_kind(v, 'a')) {
    r = 1;
  } else if (is_kind(v, 'b') || is_kind(v, 'c')) {
    r = 2;
  } else if (v.length > 1 && is_kind(v, 'z')) {
    r = 3;
  } else if (is_kind(v, 'd')) {
    r = 4;
  } else {
    r = 5;
  }
  return r;
}
function main() {
  let total = 0;
  for (const v of ['a', 'c', 'd', 'q', 'zz']) {
    try {
      total = total * 10 + dispatch(v);
    } catch (e) {
      total = total * 10 + 9;
    }
  }
  return total;
}
main();
