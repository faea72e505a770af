// conformance mode=self
const { settrace, gettrace } = require('jstrace');
class Boom extends Error {}
class Trip extends Error {}
function T(frame, event, arg) {
  console.log(event, frame.f_code.co_name, frame.f_lineno, event === 'exception' ? arg[0].name : '');
  if (event === 'return' && frame.f_code.co_name.startsWith('f')) throw new Trip('ret ' + frame.f_code.co_name);
  return T;
}
function f_in_catch() {
  try {
    try {
      throw new Boom('b');
    } catch (e) {
      return 1;
    }
  } catch (e) {
    return -1;
  }
}
function f_in_loop() {
  try {
    for (const i of [1, 2, 3]) {
      if (i === 2) return i;
    }
  } catch (e) {
    return -2;
  }
}
function* g_gen() {
  try {
    yield 1;
    return;
  } catch (e) {
    console.log('gen caught');
  }
}
function main() {
  for (const fn of [f_in_catch, f_in_loop]) {
    try {
      console.log('got', fn(), gettrace() === null ? 'True' : 'False');
    } catch (e) {
      console.log('main caught', e.message, gettrace() === null ? 'True' : 'False');
    }
    settrace(T);
  }
  for (const v of g_gen()) {
    console.log('v', v);
  }
  return 0;
}
settrace(T);
main();
settrace(null);
