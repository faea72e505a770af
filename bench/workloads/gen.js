'use strict';
// A 3-stage generator pipeline: source -> map -> filter, drained by a loop.
const N = 3000000;
const MOD = 1000000007;

function* source(n) {
  for (let i = 0; i < n; i++) {
    yield i;
  }
}

function* square(items) {
  for (const x of items) {
    yield (x * x) % MOD;
  }
}

function* keepOdd(items) {
  for (const x of items) {
    if (x % 2 === 1) {
      yield x;
    }
  }
}

function run() {
  let total = 0;
  for (const v of keepOdd(square(source(N)))) {
    total = (total + v) % MOD;
  }
  return total;
}

module.exports = { run };
