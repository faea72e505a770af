// conformance mode=self
const { settrace } = require('jstrace');
function* gen(items) {
  let total = 0;
  for (const it of items) {
    const sq = it * it;
    yield sq;
    total += sq;
  }
  total += 1;
  try {
    const mid = total;
    yield mid;
  } finally {
    const fin = total + 1;
    yield fin;
  }
  yield total;
}
function show(frame, event, arg) {
  if (frame.f_code.co_name === 'gen') console.log(event, frame.f_lineno, Object.keys(frame.f_locals).sort().join(','));
  return null;
}
function main() {
  let t = 0;
  for (const v of gen([2, 3])) t += v;
  return t;
}
settrace(show);
console.log('total', main());
settrace(null);
