// conformance mode=record
function level(n) {
  try {
    if (n === 0) {
      throw new Error('deep');
    }
    return level(n - 1);
  } catch (e) {
    throw e;
  }
}
try {
  level(2);
} catch (e) {
  const caught = 1;
}
