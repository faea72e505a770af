// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  const name = frame.f_code.co_name;
  if (event === 'line' && name === 'deep' && frame.f_lineno === 17) frame.f_locals.total = frame.f_locals.total + 1000;
  if (event === 'line' && name === 'add' && frame.f_lineno === 13) frame.f_locals.step = 7;
  return T;
}
function outer(start, step = 1) {
  let total = start;
  function mid() {
    function add(k) {
      total += step * k;
      return total;
    }
    function deep() {
      return add(1) + total;
    }
    return deep();
  }
  const first = mid();
  return first + ' ' + total + ' ' + step;
}
settrace(T);
console.log('result', outer(10));
console.log('again', outer(20, 2));
settrace(null);
