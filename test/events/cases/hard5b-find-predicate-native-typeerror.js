// conformance mode=record
function pred(item) {
  let ok = false;
  try {
    ok = item.check() > 1;
  } finally {
    item.seen = true;
  }
  return ok;
}
function pick(items) {
  const found = items.find(pred);
  return found === undefined ? null : found;
}
function safe_pick(items) {
  try {
    return pick(items);
  } catch (e) {
    return e instanceof TypeError ? 'bad' : 'other';
  }
}
function main() {
  const two = () => 2;
  const a = safe_pick([{ check: () => 0 }, { check: two }]);
  const b = safe_pick([{ check: () => 1 }, { check: 5 }, { check: two }]);
  return [a, b];
}
main();
