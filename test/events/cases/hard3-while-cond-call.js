// conformance mode=record
class Stop extends Error {}
function has_more(i, n) {
  return i < n;
}
function ok(i) {
  if (i > 3) {
    throw new Stop('stop');
  }
  return i >= 0;
}
function drain(n) {
  let i = 0;
  let s = 0;
  while (has_more(i, n)) {
    s += i;
    i += 1;
  }
  let j = 0;
  try {
    while (has_more(j, n) && ok(j)) {
      j += 1;
    }
    j += 100;
  } catch (e) {
    j = -j;
  }
  return s * 1000 + j;
}
drain(3);
drain(6);
