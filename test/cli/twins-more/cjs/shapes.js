class Shape {
    static count = 0;
    constructor(name) {
        this.name = name;
        Shape.count += 1; }
    // (property)
    get label() {
        return this.name.toUpperCase(); }
    // (staticmethod)
    static make(name) {
        return new Shape(name); }
    area() {
        return 0; }
    unused() {
        return 1; } }

module.exports = { Shape };
