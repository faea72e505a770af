// conformance mode=record
class Cleanup extends Error {}
function release(ok) {
  if (!ok) {
    throw new Cleanup('release');
  }
  return 0;
}
function use(ok) {
  try {
    return 'value';
  } finally {
    release(ok);
  }
}
function use_in_loop(n) {
  for (let i = 0; i < n; i++) {
    try {
      if (i === 1) {
        return i;
      }
    } finally {
      if (i === 1) {
        throw new Cleanup('loop');
      }
    }
  }
  return -1;
}
function from_catch() {
  try {
    throw new TypeError('t');
  } catch (e) {
    return 'caught';
  } finally {
    release(false);
  }
}
function main() {
  let log = use(true);
  try {
    log += use(false);
  } catch (e) {
    log += 'A';
  }
  try {
    log += String(use_in_loop(3));
  } catch (e) {
    log += 'B';
  }
  try {
    log += from_catch();
  } catch (e) {
    log += 'C';
  }
  return log;
}
main();
