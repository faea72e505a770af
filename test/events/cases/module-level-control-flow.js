// conformance mode=record
function bump(n) {
  return n + 1;
}
let total = 0;
for (const k in { a: 1, b: 2 }) {
  total = bump(total);
}
done: {
  if (total > 1) {
    total = -total;
    break done;
  }
  total = 0;
}
try {
  total = bump(total);
} finally {
  total += 10;
}
