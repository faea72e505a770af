// conformance mode=locals
class Bad extends Error {}
function leaf(x) {
  const half = x / 2;
  if (half > 1) {
    throw new Bad('leaf');
  }
  return half;
}
function work(x) {
  let got = 0;
  try {
    got = leaf(x);
  } finally {
    got += 100;
  }
  return got;
}
function guard(x, swallow) {
  let res = 'none';
  try {
    res = String(work(x));
  } finally {
    if (swallow) {
      return 'swallowed';
    }
  }
  return res;
}
function outer() {
  let out = ''; let x;
  for (x of [2, 6, 8]) {
    try {
      out += guard(x, x < 7);
    } catch (e) {
      out += '!';
    }
  }
  return out;
}
outer();
