// conformance mode=record
function drain(n) {
  let count = 0;
  for (let i = 0; i < n; i++) {
    try {
      if (i === 1) {
        continue;
      }
      if (i === 3) {
        break;
      }
      count += 1;
    } finally {
      count += 10;
    }
  }
  return count;
}
drain(5);
