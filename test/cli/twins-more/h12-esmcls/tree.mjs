export class Node {
    static made = 0;
    constructor(v, kids) {
        this.v = v;
        this.kids = kids;
        Node.made += 1; }
    // (property)
    get size() {
        return 1 + this.kids.map((k) => k.size).reduce((a, b) => a + b, 0); }
    // (classmethod)
    static leaf(v) {
        return new this(v, []); }
    *walk() {
        yield this.v;
        for (const k of this.kids) {
            yield* k.walk(); } }
    depth() {
        if (!this.kids.length) {
            return 1; }
        return 1 + Math.max(...this.kids.map((k) => k.depth())); }
    never() {
        return -1; } }
