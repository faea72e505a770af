// conformance mode=locals
function outer(xs, limit) {
  let done = 0;
  function mark(v) {

    done = done * 10 + v;
  }
  function* gen() {
    for (const x of xs) {
      try {
        if (x > limit) break;
        yield x * 2;
      } finally {
        mark(x);
      }
    }
  }
  let total = 0;
  for (const v of gen()) {
    total += v + done;
  }
  return total + done;
}
outer([1, 2, 3], 5); outer([4, 9, 1], 5);
