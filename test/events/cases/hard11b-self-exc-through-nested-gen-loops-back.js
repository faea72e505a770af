// conformance mode=self
const { settrace } = require('jstrace');
class Boom extends Error {}
function T(frame, event, arg) {
  const b = frame.f_back; const bn = b !== null && b.f_code.co_name !== '<module>' ? b.f_code.co_name + ':' + String(b.f_lineno) : '-';
  console.log(event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[0].name : event === 'return' ? (arg == null ? 'none' : arg) : '', '<', bn);
  return T;
}
function tidy(tag) {
  return tag;
}
function* numbers(limit) {
  try {
    for (let i = 0; i < limit; i++) {
      if (i === 3) throw new Boom('n');
      yield i;
    }
  } finally {
    tidy('numbers');
  }
}
function* doubled(limit) {
  try {
    for (const v of numbers(limit)) {
      yield v * 2;
    }
  } finally {
    tidy('doubled');
  }
}
function consume(limit) {
  let total = 0;
  try {
    for (const w of doubled(limit)) {
      total += w;
    }
  } finally {
    tidy('consume');
  }
  return total;
}
function main() {
  try {
    return consume(2) + consume(5);
  } catch (e) {
    return tidy(-1);
  }
}
settrace(T);
console.log('result', main());
settrace(null);
