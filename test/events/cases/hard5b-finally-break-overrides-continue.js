// conformance mode=record
class Halt extends Error {}
function probe(x) {
  if (x === 3) {
    throw new Halt('h');
  }
  return x;
}
function first_big(xs) {
  let last = -1;
  for (const x of xs) {
    try {
      last = probe(x);
      if (last < 5) {
        continue;
      }
    } finally {
      if (last >= 2) {
        break;
      }
    }
  }
  return last;
}
function until_halt(xs) {
  for (const x of xs) {
    try {
      probe(x);
      continue;
    } finally {
      if (x > 0) {
        return x;
      }
    }
  }
  return 0;
}
first_big([0, 1, 2, 5]);
until_halt([0, 1, 3]);
