// conformance mode=locals
function dive(n) {
  let depth = n * 10;
  try {
    if (n === 0) {
      throw new TypeError('bottom');
    }
    if (n === 2) {
      try {
        return dive(n - 1);
      } catch (e) {
        depth = -1;
        return depth;
      }
    }
    return dive(n - 1);
  } finally {
    depth += 1;
  }
}
dive(3);
