// conformance mode=record
class Boom extends Error {}
function work(i) {
  if (i >= 2) throw new Boom('w');
  return i;
}
function run(xs) {
  let done = 0;
  for (const i of xs) {
    try {
      done += work(i);
    } finally {
      if (i >= 3) {
        break;
      }
    }
  }
  return done;
}
function spin(n) {
  let k = 0;
  while (k < n) {
    k += 1;
    try {
      work(k);
    } finally {
      continue;
    }
  }
  return k;
}
function main() {
  let r = run([0, 1, 3, 4]);
  try {
    r += run([0, 2, 5]);
  } catch (e) {
    r += 10;
  }
  return r + spin(3);
}
main();
