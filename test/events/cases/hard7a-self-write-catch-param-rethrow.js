// conformance mode=self
const { settrace } = require('jstrace');
function T(frame, event, arg) {
  const name = frame.f_code.co_name;
  if (event === 'exception') console.log('exc', name, frame.f_lineno, arg[1].message);
  if (event === 'line' && name === 'relay' && frame.f_lineno === 17) frame.f_locals.e = new Error('swapped ' + frame.f_locals.e.message);
  if (event === 'return') console.log('ret', name, frame.f_lineno, String(arg));
  return T;
}
function fail(tag) {
  throw new Error(tag);
}
function relay(tag) {
  try {
    fail(tag);
  } catch (e) {
    console.log('relay has', e.message);
    throw e;
  }
}
function main() {
  try {
    relay('orig');
  } catch (e) {
    return e.message;
  }
}
settrace(T);
console.log('result', main());
settrace(null);
