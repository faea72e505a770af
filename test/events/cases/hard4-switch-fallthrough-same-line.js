// conformance mode=record
function pick(k) {
  let r = 0;
  switch (k) {
    case 1:
      r += 1;
    case 2: r += 2; break;
    case 3: r += 3; break;
    default:
      r += 100;
  }
  return r;
}
function mid(k) {
  let r = 0;
  switch (k) {
    case 1: r = 1; break;
    default: r = 50;
    case 2: r += 2;
  }
  return r;
}
function main() {
  let t = 0;
  for (const k of [1, 2, 3, 4]) {
    t += pick(k);
  }
  t += mid(1) + mid(2);
  return t;
}
main();
