// conformance mode=record
class Primary extends Error {}
class Noise extends Error {}
function leaf() {
  throw new Primary('p');
}
function noisy() {
  throw new Noise('n');
}
function mid() {
  let n = 0;
  try {
    leaf();
  } finally {
    try {
      noisy();
    } catch (x) {
      n = 1;
    }
  }
  return n;
}
function top() {
  try {
    return mid();
  } catch (e) {
    return -1;
  }
}
top();
