// conformance mode=record
async function w(name, n) {
  for (let i = 0; i < n; i++) {
    await null;
  }
  return name;
}
async function main() {
  w('x', 3);
  w('y', 1);
  w('z', 2);
  for (let t = 0; t < 3; t++) {
    await null;
  }
  return 'end';
}
queueMicrotask(main);
