// conformance mode=record
class Boom extends Error {}
function fail() {
  throw new Error('first');
}
function middle() {
  try {
    fail();
  } finally {
    throw new Boom('second');
  }
}
function local_replace() {
  let n = 0;
  try {
    try {
      throw new Error('a');
    } finally {
      n += 1;
      throw new TypeError('b');
    }
  } catch (e) {
    n += 10;
  }
  return n;
}
function outer() {
  try {
    middle();
  } catch (e) {
    return local_replace();
  }
}
outer();
