// Found by the fuzzer (seed 500165): in a generator (its body runs in a `try`) that calls eval
// directly, every function declaration was hoisted above the `try`; with retainLines the lines
// before it were then printed after it, and error.stack named the wrong line.
function line(e) { const m = /\.js:(\d+):\d+/.exec(String(e && e.stack)); return m ? m[1] : '?'; }
function* g() {
  try { print(tdz); let tdz = 1; } catch (err) { print(err.message, line(err)); }
  print(eval('1 + 1'));
  function inner() {
    return 'inner';
  }
  yield inner();
  try { null.x; } catch (err) { print(err.message, line(err)); }
}
print([...g()].join());
async function a() {
  try { null.y; } catch (err) { print(err.message, line(err)); }
  eval('');
  function helper() { return 'helper'; }
  return helper();
}
a().then((v) => print(v));
