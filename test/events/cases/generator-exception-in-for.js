// conformance mode=record
function* risky() {
  yield 1;
  throw new Error('mid');
}
function consume() {
  let got = 0;
  try {
    for (const v of risky()) {
      got += v;
    }
  } catch (e) {
    got = -got;
  }
  return got;
}
consume();
