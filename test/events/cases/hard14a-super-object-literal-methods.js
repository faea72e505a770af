// conformance mode=back
const base = {
  greet(n) {
    return 'hi ' + n;
  },
};
const mid = {
  __proto__: base,
  greet(n) {
    return super.greet(n + 1) + '!';
  },
};
const top = {
  __proto__: mid,
  greet(n) {
    return '[' + super.greet(n * 2) + ']';
  },
};
function main() {
  return top.greet(3);
}
main();
