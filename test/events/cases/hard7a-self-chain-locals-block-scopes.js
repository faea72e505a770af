// conformance mode=self
const { settrace } = require('jstrace');
function show(f) {
  const L = f.f_locals;
  const parts = Object.keys(L).filter((k) => typeof L[k] === 'number' || typeof L[k] === 'string').sort().map((k) => k + '=' + L[k]);
  return f.f_code.co_name + '@' + f.f_lineno + '{' + parts.join(',') + '}';
}
function T(frame, event, arg) {
  const chain = [];
  for (let f = frame; f !== null && f.f_code.co_name !== '<module>'; f = f.f_back) chain.push(show(f));
  console.log(event, chain.join(' < '));
  return T;
}
function leaf(n) {
  const sq = n * n;
  return sq;
}
function mid(xs) {
  let total = 0;
  for (const x of xs) {
    if (x > 1) {
      const big = x * 10;
      total += leaf(big);
    } else {
      let small = x;
      total += leaf(small);
    }
  }
  try {
    throw new Error('t' + total);
  } catch (e) {
    const msg = e.message;
    total += msg.length;
  }
  return total;
}
settrace(T);
console.log('result', mid([1, 2]));
settrace(null);
