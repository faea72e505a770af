class Money {
    constructor(cents) {
        this.cents = cents; }
    toString() {
        return "$" + (this.cents / 100).toFixed(2); }
    // (property)
    get big() {
        return this.cents > 500; }
    // (setter)
    set big(v) {
        this.cents = v ? 1000 : 0; }
    *[Symbol.iterator]() {
        yield this.cents; } }

function twice(f, x) {
    return f.call(null, f.apply(null, [x])); }

const m = new Money(250);
console.log(`${m}`, m.big);
m.big = true;
console.log(String(m), [...m].length);
const add = (a, b) => a + b;
console.log(twice((v) => v * 3, 2), [1, 2, 3].reduce(add, 0));
const bound = twice.bind(null, (v) => v + 1);
console.log(bound(5), "a-b".replace(/-/g, (s) => "+"));
