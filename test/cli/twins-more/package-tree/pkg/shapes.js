class Sq {
    constructor(s) {
        this.s = s; }

    get area() {
        return this.s * this.s; }

    static unit() {
        return new Sq(1); }
}
module.exports = { Sq };
