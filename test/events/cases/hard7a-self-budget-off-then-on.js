// conformance mode=self
const { settrace } = require('jstrace');
const counts = new Map();
let budget = 6;
function T(frame, event, arg) {
  const name = frame.f_code.co_name;
  counts.set(name, (counts.get(name) || 0) + 1);
  console.log(event, name, frame.f_lineno, counts.get(name));
  budget -= 1;
  if (budget === 0) {
    settrace(null);
    console.log('off at', name);
    return null;
  }
  return T;
}
function step(n) {
  const r = n + 1;
  return r;
}
function run(k) {
  let acc = 0;
  while (acc < k) acc = step(acc);
  return acc;
}
function again() {
  budget = 20;
  settrace(T);
  return step(10) + run(1);
}
function main() {
  let x = run(3);
  x += again();
  x += run(2);
  return x;
}
settrace(T);
console.log('result', main());
settrace(null);
console.log([...counts].map(([k, v]) => k + '=' + v).join(' '));
