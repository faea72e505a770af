// conformance mode=back
class Stop extends Error {}
function check(v) {
  if (v % 2 === 1) {
    throw new Stop('odd');
  }
  return v;
}
function handle(v) {
  return check(v) + check(v + 2);
}
function drain(items) {
  let total = 0;
  for (const v of items) {
    try {
      total += handle(v);
    } finally {
      if (v > 4) {
        break;
      }
      continue;
    }
  }
  let n = 0;
  while (true) {
    n += 1;
    try {
      total += handle(n);
    } finally {
      if (n < 3) {
        continue;
      }
      break;
    }
  }
  return total + n;
}
drain([2, 3, 5, 6]);
