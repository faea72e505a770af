// conformance mode=record
function descend(n) {
  if (n === 0) {
    throw new Error('bottom');
  }
  return descend(n - 1) + 1;
}
function start() {
  try {
    return descend(2);
  } catch (e) {
    return -1;
  }
}
start();
