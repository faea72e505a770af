// conformance mode=locals
class Skip extends Error {}
function check(v) {
  if (v % 4 === 1) throw new Skip('odd');
  return v * 10;
}
function gather(n) {
  let i = 0;
  let acc = 0;
  while (i < n) {
    i += 1;
    try {
      const got = check(i);
      acc += got;
    } finally {
      if (i % 3 !== 0) continue;
    }
    acc -= 1;
  }
  return acc;
}
function main() {
  let r = gather(6);
  try {
    r += gather(9);
  } catch (e) {
    r = -r;
  }
  return r;
}
main();
