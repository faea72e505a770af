// conformance mode=locals
function bump(x) {
  return x + 1;
}
function pick(flag) {
  let n = 0;
  let tag = 'a';
  try {
    if (flag) {
      return n;
    }
    n = bump(n);
  } finally {
    tag = tag + 'f';
    n = bump(n) * 10;
  }
  return n;
}
function* walk() {
  let i = 0;
  try {
    yield i;
    i = bump(i);
  } finally {
    i = i + 100;
  }
}
function main() {
  let r = pick(true);
  r += pick(false);
  for (const v of walk()) {
    r += v;
  }
  return r;
}
main();
