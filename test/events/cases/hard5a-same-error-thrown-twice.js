// conformance mode=record
function twice(e) {
  try {
    throw e;
  } finally {
    throw e;
  }
}
function passOn(e) {
  try {
    twice(e);
  } finally {
    throw e;
  }
}
function top() {
  const err = new Error('same');
  try {
    passOn(err);
  } catch (x) {
    return x === err;
  }
}
top();
