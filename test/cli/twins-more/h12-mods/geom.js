const { fact } = require("./mathx.js");

class Rect {
    static sides = 4;
    constructor(w, h) {
        this.w = w;
        this.h = h; }
    // (property)
    get area() {
        return this.w * this.h; }
    // (staticmethod)
    static square(k) {
        return new Rect(k, k); }
    scaled(f) {
        return new Rect(this.w * f, this.h * f);
        /* (one line) */ }
    perms() {
        return fact(Rect.sides); }
    unused() {
        return null; } }
module.exports = { Rect };
