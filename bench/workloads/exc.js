'use strict';
// An exception thrown 3 frames deep and caught, in a loop.
const N = 70000;

class BenchError extends Error {
  constructor(code) {
    super('bench');
    this.code = code;
  }
}

function level3(i) {
  const code = i % 7;
  throw new BenchError(code);
}

function level2(i) {
  const r = level3(i);
  return r + 1;
}

function level1(i) {
  const r = level2(i);
  return r + 1;
}

function run() {
  let caught = 0;
  for (let i = 0; i < N; i++) {
    try {
      level1(i);
    } catch (e) {
      caught += e.code;
    }
  }
  return caught;
}

module.exports = { run };
