// conformance mode=record
function cleanup(items) {
  let done = 0;
  try {
    done = 1;
  } finally {
    for (const x of items) {
      if (x < 0) {
        throw new Error('bad item');
      }
      done += x;
    }
  }
  return done;
}
function run(items) {
  try {
    return cleanup(items);
  } catch (e) {
    return 0;
  }
}
run([2, 3]);
run([1, -1, 2]);
