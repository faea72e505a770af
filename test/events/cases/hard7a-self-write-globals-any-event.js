// conformance mode=self
const { settrace } = require('jstrace');
let LIMIT = 3;
let calls = 0;
function T(frame, event, arg) {
  const G = frame.f_globals;
  if (event === 'call' && frame.f_code.co_name === 'count') G.calls = G.calls + 1;
  if (event === 'line' && frame.f_lineno === 18 && G.LIMIT === 3) G.LIMIT = 5;
  if (event === 'return' && frame.f_code.co_name === 'count') G.LIMIT = G.LIMIT - 1;
  if (event === 'exception') G.calls = G.calls * 100;
  return T;
}
function count(n) {
  if (n < 0) throw new Error('neg');
  return n < LIMIT ? n : LIMIT;
}
function main() {
  let out = '';
  for (const v of [4, 4, -1, 4]) {
    try {
      out += count(v) + ',';
    } catch (e) {
      out += 'E' + calls + ',';
    }
  }
  return out;
}
settrace(T);
console.log('result', main(), LIMIT, calls);
settrace(null);
