// conformance mode=record
class Boom extends Error {}
function leaf(x) {
  if (x > 1) {
    throw new Boom();
  }
  return x;
}
function mid(x) {
  try {
    return leaf(x) + 1;
  } finally {
    x += 1;
  }
}
function over(x) {
  try {
    return mid(x);
  } finally {
    if (x > 2) {
      return 5;
    }
  }
}
function top(x) {
  let r = 0;
  for (let i = 0; i < 3; i++) {
    try {
      r += over(x + i);
    } catch (e) {
      r += 100;
      continue;
    } finally {
      r += 1;
    }
    r += 10;
  }
  return r;
}
function main() {
  let t = 0;
  try {
    t = top(0);
    t += top(2);
  } catch (e) {
    t = -1;
  }
  return t;
}
main();
