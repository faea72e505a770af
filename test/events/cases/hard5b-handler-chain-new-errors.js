// conformance mode=record
class E1 extends Error {}
class E2 extends Error {}
class E3 extends Error {}
function leaf() {
  throw new E1('leaf');
}
function fmt(x) {
  throw new E2('fmt');
}
function wrap(kind) {
  throw new E3(kind);
}
function report(err) {
  try {
    return fmt(err);
  } catch (inner) {
    wrap('report');
  } finally {
    fmt.count = 1;
  }
}
function mid() {
  try {
    leaf();
  } catch (e) {
    report(e);
  }
  return 'unreached';
}
function top() {
  let r = 'start';
  try {
    r = mid();
  } catch (e) {
    r = e instanceof E3 ? 'E3' : 'other';
  } finally {
    r += '!';
  }
  return r;
}
top();
