function* pairs() {
  const got = yield 1;
  const more = yield got + 1;
  yield got + more;
}

function main() {
  const g = pairs();
  let a = g.next().value;
  let b = g.next(5).value;
  let c = g.next(7).value;
  g.next(); print(a, b, c);
  return c;
}
module.exports = { main };
