'use strict';
// Recursive Fibonacci: almost nothing but calls and returns.
const N = 37;

function fib(n) {
  if (n < 2) {
    return n;
  }
  return fib(n - 1) + fib(n - 2);
}

function run() {
  return fib(N);
}

module.exports = { run };
