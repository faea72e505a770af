// conformance mode=record
class Deep extends Error {}
function note(k) {
  return k + 1;
}
function leaf(n) {
  if (n > 0) {
    throw new Deep('leaf');
  }
  return n;
}
function third(n) {
  let acc = 0;
  try {
    acc = leaf(n);
  } finally {
    for (const k of [1, 2]) {
      acc += note(k);
    }
  }
  return acc;
}
function second(n) {
  try {
    return third(n) * 2;
  } finally {
    let i = 0;
    while (i < 2) {
      i += note(i);
    }
  }
}
function first(n) {
  try {
    return second(n);
  } catch (e) {
    return -1;
  }
}
first(0);
first(1);
