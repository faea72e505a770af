// conformance mode=back
class Denied extends Error {}
function guard(level, need) {
  if (level < need) {
    throw new Denied('level');
  }
  return need;
}
function act(level, need, extra) {
  return guard(level, need) + extra;
}
function run(level) {
  const bound = act.bind(null, level);
  let r = act.call(null, level, 1, 0) + act.apply(null, [level, 2, 0]);
  try {
    r += bound(3, 10);
  } catch (e) {
    r += Reflect.apply(act, null, [level, 0, 100]);
  }
  return r;
}
function main() {
  return run(3) + run(2);
}
main();
