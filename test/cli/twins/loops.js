function* countdown(n) {
  while (n > 0) {
    yield n;
    n -= 1; }
}
function evens(limit) {
  const out = [];
  for (const v of countdown(limit)) {
    if (v % 2) {
      continue; }
    out.push(v); }
  let k = 0;
  while (true) {
    k += 1;
    if (k > 2) {
      break; } }
  return out;
}
console.log(evens(5).join(","));
