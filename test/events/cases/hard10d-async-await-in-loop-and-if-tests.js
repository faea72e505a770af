// conformance mode=locals
async function limit(n) {
  await null;
  return n;
}
function pick(a, b) {
  return a * 10 + b;
}
async function main() {
  let i = 0;
  while (i < await limit(2)) {
    i += 1;
  }  if (await limit(0)) {
    i = 100;
  } else if (await limit(i) > 1) {
    i = pick(await limit(3), i);
  }
  return i;
}
queueMicrotask(main);
