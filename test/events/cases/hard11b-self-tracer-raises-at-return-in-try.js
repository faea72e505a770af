// conformance mode=self
const { settrace } = require('jstrace');
class Trip extends Error {}
function T(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno);
  if (event === 'return') throw new Trip('ret');
  return T;
}
function own() {
  try {
    return 1;
  } catch (e) {
    return -1;
  }
}
function main() {
  try {
    console.log('got', own());
  } catch (e) {
    console.log('main caught');
  }
}
settrace(T);
main();
settrace(null);
