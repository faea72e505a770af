// conformance mode=record
function greet(name) {
  return 'hi ' + name;
}
const api = { greet };
const none = null;
const a = api.greet?.('bob');
const b = none?.greet('x');
const c = api.missing?.('y');
const d = api?.greet('amy');
