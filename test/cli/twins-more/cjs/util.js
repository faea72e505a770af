function total(xs) {
    let acc = 0;
    for (const x of xs) {
        acc += x; }
    return acc; }

function scale(xs, k) {
    return xs.map((x) => x * k); }

function fib(n) {
    if (n < 2) {
        return n; }
    return fib(n - 1) + fib(n - 2); }
module.exports = { total, scale, fib };
