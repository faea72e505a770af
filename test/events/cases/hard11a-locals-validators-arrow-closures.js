// conformance mode=locals
class Invalid extends Error {}
function minLength(n) {
  const check = (s) => s.length >= n;
  return check;
}
function noSpaces(s) {
  return s.indexOf(' ') < 0;
}
function mustStartWith(prefix) {
  let used = 0;
  function check(s) {
    used += 1;
    if (used > 3) throw new Invalid('too many uses of ' + prefix);
    return s.startsWith(prefix);
  }
  return check;
}
function validate(value, rules) {
  let failed = 0;
  let index = 0;
  for (const rule of rules) {
    index += 1;
    if (!rule(value)) {
      failed += index;
    }
  }
  return failed;
}
function main() {
  const rules = [minLength(4), noSpaces, mustStartWith('u_')];
  let score = 0;
  for (const name of ['u_bob', 'al', 'u x y', 'u_ok']) {
    try {
      score = score * 10 + validate(name, rules);
    } catch (e) {
      score = -score;
    }
  }
  return score;
}
main();
