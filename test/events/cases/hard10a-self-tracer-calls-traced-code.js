// conformance mode=self
const { settrace, gettrace } = require('jstrace');
class Boom extends Error {}
function helper(n) {
  if (n % 3 === 0) throw new Boom('h');
  return n * 2;
}
function* countdown(n) {
  while (n > 0) {
    yield n;
    n -= 1;
  }
}
function T(frame, event, arg) {
  let h; try {
    h = helper(frame.f_lineno);
  } catch (e) {
    h = -1;
  }
  let s = 0; for (const c of countdown(2)) s += c;
  console.log(event, frame.f_code.co_name, frame.f_lineno, h, s, gettrace() === T ? 'True' : 'False');
  return T;
}
function work(x) {
  let y = helper(x);
  for (const c of countdown(2)) {
    y += c;
  }
  try {
    y += helper(3);
  } catch (e) {
    y -= 1;
  }
  return y;
}
settrace(T);
console.log('result', work(5));
settrace(null);
