// conformance mode=record
function thrower() {
  throw new TypeError('lost');
}
function mid() {
  thrower();
  return 'unreached';
}
function override() {
  try {
    mid();
  } finally {
    return 'override';
  }
}
function override_return() {
  try {
    return 'try';
  } finally {
    return 'finally';
  }
}
function override_in_loop() {
  for (let i = 0; i < 3; i++) {
    try {
      if (i === 1) {
        throw new Error('loop');
      }
    } finally {
      if (i === 1) {
        return i;
      }
    }
  }
  return -1;
}
function main() {
  const a = override();
  const b = override_return();
  const c = override_in_loop();
  return a + b + String(c);
}
main();
