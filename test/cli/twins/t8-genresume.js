function* gen(n) {
    for (let i = 0; i < n; i++) {
        yield i; } }

function consume(it) {
    let total = 0;
    for (const v of it) {
        total += v; }
    return total; }

function step(it) {
    return it.next().value; }

const g = gen(4);
const first = step(g);
console.log(first, consume(g));
