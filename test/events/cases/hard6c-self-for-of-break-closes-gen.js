// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  const name = frame.f_code.co_name;
  const back = frame.f_back && name !== 'main' ? frame.f_back.f_code.co_name : '-';
  if (event !== 'exception') console.log(event, name, frame.f_lineno, event === 'call' ? back : String(arg === undefined ? null : arg));
  if (event === 'exception') console.log(event, name, frame.f_lineno, arg[1].message);
  return T;
}
function* gen(tag) {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    Math.abs(tag);
  }
}
function main() {
  let total = 0;
  for (const row of [1, 2, 3]) {
    for (const v of gen(row)) {
      try {
        if (v === row) break;
        total += v;
      } finally {
        total += 10;
      }
    }
    if (row === 2) continue;
    total += 100;
  }
  return total;
}
settrace(T);
console.log('result', main());
settrace(null);
