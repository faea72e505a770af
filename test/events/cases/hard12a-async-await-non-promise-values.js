// conformance mode=record
async function main() {
  let k = 0;
  await 5;
  k += 1;
  await 'txt';
  await true;
  await { a: 1 };
  k += 1;
  await undefined;
  return k;
}
queueMicrotask(main);
