// conformance mode=record
function* gen(fail) {
  try {
    yield 1;
    if (fail) {
      throw new TypeError('inner');
    }
  } finally {
    yield 2;
    yield 3;
  }
}
function consume(fail) {
  const g = gen(fail);
  let total = 0;
  try {
    for (const v of g) {
      total += v;
    }
  } catch (e) {
    total += 100;
  }
  return total;
}
function thrown() {
  const g = gen(false);
  g.next();
  g.next();
  try {
    g.throw(new TypeError('t'));
  } catch (e) {
    return 'caught';
  }
}
consume(false);
consume(true);
thrown();
