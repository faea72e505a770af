export class Base {
    constructor(n) {
        this.n = n; }
    // (property)
    get size() {
        return this.n; }
    describe() {
        return "base " + this.size; } }

export class Derived extends Base {
    constructor(n) {
        super(n * 10); }
    describe() {
        return "derived/" + super.describe(); } }

export function* count(n) {
    for (let i = 0; i < n; i++) {
        yield i; } }
