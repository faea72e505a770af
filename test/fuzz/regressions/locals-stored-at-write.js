// Bindings stored in their frame slot where they are written (docs/decisions.md §1h): every
// kind of write site next to the ones that keep the store at each line event. check() compares
// f_locals at each line event with the line-store oracle.
function loops(n) {
  let total = 0;
  for (let i = 0; i < n; i++) total += i;
  var k;
  for (k = 0; k < n; k += 2) { total++; }
  print('after loop', k, total);
  for (var j = 0, m = n; j < m; j++, m--) total -= j;
  print('var loop', j, m);
  for (;;) { total++; if (total > 20) break; }
  let key;
  for (key in { a: 1, b: 2 }) total += key.length;
  for (const [x, y] of [[1, 2], [3, 4]]) total += x * y;
  let w = 0;
  while ((w = w + 1) < 3) total += w;
  outer: for (let a = 0; a < 2; a++) {
    for (let b = 0; b < 2; b++) {
      if (b === 1) continue outer;
      total += a + b;
    }
  }
  return total;
}
print(loops(5));

function sites(p, q) {
  let a = 1, b;
  a++, b = a * 2;
  [a, b] = [b, a];
  let c = (a = 7) + 1;
  const d = c;
  class K {}
  { function inner() { return 1; } }
  let r = inner();
  function body() { return 2; }
  r += body();
  p = q;
  q ??= 3;
  lbl: r = r + 1;
  print(a, b, c, d, typeof K, r, p, q);
  return r;
}
print(sites(1));

function closures() {
  let count = 0;
  const bump = () => { count++; };
  bump();
  let seen = 0;
  [1, 2].forEach(function (v) { seen = v; });
  let mine = 0;
  const other = () => { let mine = 5; return mine; };
  mine = other();
  print(count, seen, mine);
}
closures();

function handlers() {
  let state = 'start';
  try {
    state = 'in try';
    throw new Error('x');
  } catch (e) {
    state = 'caught ' + e.message;
  } finally {
    state += '!';
  }
  try {
    throw { code: 3, why: 'w' };
  } catch ({ code, why }) {
    state = why + code;
  }
  var [u, v] = [1, 2];
  try {
    var [s, t] = { [Symbol.iterator]() { let n = 0; return { next() { if (n++ > 0) throw new Error('half'); return { value: 9, done: false }; } }; } };
  } catch (e) {
    print('half', s, t, u, v);
  }
  switch (state.length) {
    case 0:
      let z = 1;
      print(z);
      break;
    default:
      state = 'switched';
  }
  return state;
}
print(handlers());

function* gen() {
  let got = 0;
  got = yield 1;
  got += yield 2;
  for (let i = 0; i < 2; i++) got = got * 2 + i;
  return got;
}
const g = gen();
g.next();
g.next(3);
print(g.next(4).value);

function aliased(x) {
  arguments[0] = 10;
  print(x);
  x = 11;
  return x;
}
print(aliased(1));

async function later() {
  let v = 1;
  v = await Promise.resolve(v + 1);
  for await (const w of [Promise.resolve(3)]) v += w;
  return v;
}
later().then((v) => print('async', v));

// Statements that throw half-way: what they wrote before the throw is visible in the handler.
function halfway() {
  const boom = () => { throw new Error('boom'); };
  let a = 0, b = 0;
  try {
    a = 1, b = boom();
  } catch (e) {
    print('sequence', a, b);
  }
  try {
    var c = 2, d = boom();
  } catch (e) {
    print('var list', c, d);
  }
  let i = 0, j = 0;
  const bad = { valueOf() { throw new Error('valueOf'); } };
  try {
    for (i = 0, j = bad; i < 3; i++, j++) print('never');
  } catch (e) {
    print('for update', i, j === bad);
  }
  try {
    for (i = 5, j = boom(); ; ) break;
  } catch (e) {
    print('for init', i);
  }
  return a + c;
}
print(halfway());
