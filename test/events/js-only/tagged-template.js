// conformance mode=record
function tag(strings, ...values) {
  return strings.length + values.length;
}
function value() {
  return 7;
}
const n = tag`a${value()}b${2}c`;
