// conformance mode=locals
class Bad extends Error {}
function outer(xs) {
  let errs = 0;
  let msg = '';
  function note(e) {

    errs += 1; msg = msg + e.message;
    return errs;
  }
  function parse(x) {
    if (x < 0) throw new Bad('n' + String(-x));
    return x * 2;
  }
  let out = 0;
  for (const x of xs) {
    try {
      out += parse(x);
    } catch (e) {
      if (note(e) > 1) return out + errs;
    }
    out += 1;
  }
  return out;
}
outer([1, -2, 3, -4, 5]); outer([7, -1]);
