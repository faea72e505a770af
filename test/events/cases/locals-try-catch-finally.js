// conformance mode=locals
function attempt(n) {
  let stage = 'start';
  try {
    stage = 'try';
    if (n < 0) throw new Error('neg');
    stage = 'done';
  } catch (e) {
    stage = 'caught';
  } finally {
    n += 100;
  }
  return stage + String(n);
}
attempt(1);
attempt(-1);
