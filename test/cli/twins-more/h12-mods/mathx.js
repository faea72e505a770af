function fact(n) {
    // recursion
    if (n <= 1) {
        return 1; }
    return n * fact(n - 1); }

function apply_all(fns, x) {
    const out = [];
    for (const f of fns) {
        out.push(f(x)); }
    return out; }

function never(a) {
    return a + 1; }
module.exports = { fact, apply_all, never };
