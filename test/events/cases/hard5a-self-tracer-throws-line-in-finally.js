// conformance mode=self
const { settrace } = require('jstrace');
function glob(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'line' && frame.f_lineno === 15) throw new TypeError('in finally');
  return glob;
}
function leaf() {
  throw new RangeError('orig');
}
function mid() {
  try {
    leaf();
  } finally {
    console.log('mid finally');
  }
}
function top() {
  const seen = [];
  for (let i = 0; i < 2; i++) {
    try {
      mid();
    } catch (e) {
      seen.push(e.constructor.name);
      settrace(glob);
    }
  }
  return seen.join(',');
}
settrace(glob);
console.log('result', top());
settrace(null);
