// conformance mode=record
class Tired extends Error {}
const calls = [0];
function more(limit) {
  calls[0] += 1;
  if (calls[0] === limit) throw new Tired('n');
  return calls[0] < 6;
}
function drain(limit) {
  let got = 0;
  try {
    while (more(limit)) {
      got += 1;
    }
  } finally {
    calls[0] = 0;
  }
  return got;
}
function pump(limit) {
  let got = 0;
  do { got += 1;
    got += 1;
    if (got > 6) break;
  } while (more(limit));
  return got;
}
function main() {
  let a = drain(9);
  try {
    a += drain(3);
  } catch (e) {
    a += 50;
  }
  let b = pump(9);
  try {
    b += pump(5);
  } catch (e) {
    b -= 50;
  }
  return a * 100 + b;
}
main();
