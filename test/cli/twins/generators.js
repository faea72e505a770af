function* numbers(n) {
  let i = 0;
  while (i < n) {
    try {
      yield i;
    } catch (e) {
      i += 2;
    }
    i += 1;
  }
}
function countdown(n) {
  while (n > 0) n -= 1;
  return n;
}
function drive() {
  const g = numbers(5);
  const first = g.next().value;
  const second = g.throw(new Error('skip')).value;
  const rest = [...g];
  return first + second + rest.length + countdown(3);
}
console.log(drive());
