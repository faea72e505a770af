// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  const chain = [];
  for (let b = frame.f_back; b && b.f_code.co_name !== '<module>'; b = b.f_back) chain.push(b.f_code.co_name[0] + b.f_lineno);
  console.log(event[0], frame.f_code.co_name, frame.f_lineno, chain.join(' '));
  return T;
}
class Bottom extends Error {}
function ping(n, log) {
  if (n === 0) throw new Bottom('0');
  try {
    return pong(n - 1, log) + 1;
  } finally {
    log.push(n);
  }
}
function pong(n, log) {
  try {
    return ping(n, log) * 2;
  } catch (e) {
    if (n < 2) throw e;
    return ping(n - 2 < 1 ? 1 : n - 2, log);
  }
}
function main() {
  const log = [];
  try {
    pong(3, log);
  } catch (e) {
    log.push(-1);
  }
  return log.length;
}
settrace(T);
main();
settrace(null);
