// conformance mode=record
function* feed(items) {
  for (const it of items) {
    if (it < 0) throw new Error('neg');
    yield it;
  }
}
function use(v) {
  if (v === 3) throw new TypeError('three');
  return v * 2;
}
const src = feed([1, 2, 3, 4, -1, 5]);
let acc = 0;
let rounds = 0;
while (true) {
  rounds += 1;
  try {
    const step = src.next();
    if (step.done) break;
    acc += use(step.value);
    if (acc > 100) continue;
  } catch (e) {
    acc -= 1;
  } finally {
    if (rounds >= 6) break;
  }
  acc += 1000;
}
const after = src.next().done;
acc += rounds;
