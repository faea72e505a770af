// conformance mode=locals
class Over extends Error {}
function check(v) {
  if (v > 5) {
    throw new Over('over');
  }
  return v;
}
function row(r) {
  let sum = 0;
  for (const v of r) {
    sum += v; check(sum);
  }
  let last = sum * 2; last = check(last) + 1;
  return last;
}
function grid(rows) {
  let out = 0;
  try {
    out = rows.map(row).length;
  } catch (e) {
    out = -1;
  }
  return out;
}
grid([[1, 1], [2, 1, 9, 4], [0]]);
grid([[1, 2], [3]]);
