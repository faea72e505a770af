export class Acc {
    constructor() {
        this.items = []; }
    add(...xs) {
        for (const x of xs) {
            this.items.push(x); }
        return this; }
    // (classmethod)
    static of(n) {
        return new this().add(...[...Array(n).keys()]); }
    total() {
        return this.items.map((v) => v * 2).reduce((a, b) => a + b, 0); } }

export function make_counter() {
    let n = 0;
    function inc(by) {
        // (nonlocal n)
        n += by;
        return n; }
    return inc; }
