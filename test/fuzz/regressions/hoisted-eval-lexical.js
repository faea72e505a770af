// Found while reducing the fuzzer's seed 500165: a function declaration hoisted above the
// generator's `try` (the body calls eval) could no longer see the body's let/const: x was not
// defined.
function* g() {
  let x = 'local';
  const y = 'const';
  function h() { return x + ' ' + y; }
  eval('');
  yield h();
}
print([...g()].join());
function withFinally() {
  let z = 'z';
  function k() { return z; }
  try { return eval('k()'); } finally { print('finally'); }
}
print(withFinally());
