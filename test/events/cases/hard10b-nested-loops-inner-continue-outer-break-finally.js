// conformance mode=record
class Flaky extends Error {}
function work(i, j) {
  if ((i + j) % 3 === 0) throw new Flaky('f');
  return i * j;
}
function grid(rows, cols, stop) {
  let acc = 0;
  for (const i of rows) {
    try {
      for (const j of cols) {
        try {
          acc += work(i, j);
        } finally {
          if (j === 1) continue;
        }
        acc += 1;
      }
    } finally {
      if (i === stop) break;
    }
  }
  return acc;
}
function main() {
  let r = grid([1, 2, 3, 4], [1, 0], 3);
  try {
    r += grid([1, 5], [0, 2], 9);
  } catch (e) {
    r = -r;
  }
  return r;
}
main();
