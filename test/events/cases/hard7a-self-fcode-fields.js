// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  const c = frame.f_code;
  if (event === 'call') console.log('call', c.co_name, c.co_firstlineno, frame.f_lineno, c.co_varnames.join(','));
  else console.log(event, c.co_name, frame.f_lineno, frame.f_back && frame.f_back.f_code.co_name !== '<module>' ? frame.f_back.f_code.co_name + '@' + frame.f_back.f_lineno : '-');
  return T;
}
function parse(text, sep) {
  const parts = text.split(sep);
  let total = 0;
  for (const p of parts) {
    try {
      total += toInt(p);
    } catch (err) {
      const why = err.message;
      total -= why.length;
    }
  }
  return total;
}
function toInt(s) {
  const n = Number(s);
  if (Number.isNaN(n)) throw new Error('nan');
  return n;
}
function main() {
  return parse('1,x,3', ',');
}
settrace(T);
console.log('result', main());
settrace(null);
