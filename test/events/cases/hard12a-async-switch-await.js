// conformance mode=record
async function val(x) {
  await null;
  return x;
}
async function main() {
  let acc = 0;
  for (const k of ['a', 'b', 'c']) {
    switch (k) {
      case 'a':
        acc += await val(1); break;

      case 'b':
        acc += await val(10); break;

      case 'c':
        acc += 100;
    }
  }
  return acc;
}
queueMicrotask(main);
