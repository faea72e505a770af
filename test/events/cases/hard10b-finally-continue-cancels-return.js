// conformance mode=record
function first_even(xs) {
  let seen = 0;
  for (const x of xs) {
    try {
      seen += 1;
      if (x % 2 === 0) return x;
    } finally {
      if (x < 0) continue;
    }
  }
  return -seen;
}
function main() {
  const a = first_even([1, 4, 5]);
  const b = first_even([-2, 3, 6]);
  const c = first_even([-4, -6]);
  return a + b + c;
}
main();
